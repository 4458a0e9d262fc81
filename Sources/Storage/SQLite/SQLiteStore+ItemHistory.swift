import Foundation
import GRDB

extension SQLiteStore {
  /// Every item version, by unit type, item and `since`.
  public func itemVersions() throws -> [ItemVersion] {
    try grdbRead { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM item_version ORDER BY unit_type, item_id, since"
      ).map { row in
        ItemVersion(
          unitType: row["unit_type"], itemID: row["item_id"], since: row["since"],
          definition: row["definition"], seenAt: StoredTime.date(row["seen_at"]))
      }
    }
  }

  /// Adds versions in one transaction, leaving any already stored under the same key.
  public func addItemVersions(_ versions: [ItemVersion]) throws {
    guard !versions.isEmpty else { return }
    try grdbWrite { db in
      let statement = try db.makeStatement(
        sql: """
          INSERT INTO item_version (unit_type, item_id, since, definition, seen_at)
          VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
          """)
      for v in versions {
        try statement.execute(arguments: [
          v.unitType, v.itemID, v.since, v.definition, StoredTime.millis(v.seenAt),
        ])
      }
    }
  }
}
