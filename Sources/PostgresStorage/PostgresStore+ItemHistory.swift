import Foundation
import Storage

extension PostgresStore {
  /// Every item version, by unit type, item and `since`.
  public func itemVersions() throws -> [ItemVersion] {
    try session { db in
      try db.pgQuery("SELECT * FROM item_version ORDER BY unit_type, item_id, since").map { row in
        ItemVersion(
          unitType: row.text("unit_type"), itemID: row.text("item_id"), since: row.text("since"),
          definition: row.text("definition"), seenAt: StoredTime.date(row.integer("seen_at")))
      }
    }
  }

  /// Adds versions in one transaction, leaving any already stored under the same key.
  public func addItemVersions(_ versions: [ItemVersion]) throws {
    guard !versions.isEmpty else { return }
    try pgWrite { db in
      for v in versions {
        _ = try db.pgExecute(
          """
          INSERT INTO item_version (unit_type, item_id, since, definition, seen_at)
          VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
          """,
          [
            .text(v.unitType), .text(v.itemID), .text(v.since), .text(v.definition),
            .integer(StoredTime.millis(v.seenAt)),
          ])
      }
    }
  }
}
