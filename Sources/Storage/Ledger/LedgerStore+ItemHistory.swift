import Foundation

/// Each item's definition per unit type as the ledger first saw it in force.
extension LedgerStore {
  /// Every item version, by unit type, item and `since`.
  public func itemVersions() throws -> [ItemVersion] {
    try read { db in
      var versions: [ItemVersion] = []
      try db.each(
        """
        SELECT unit_type, item_id, since, definition, seen_at FROM item_version
        ORDER BY unit_type, item_id, since
        """, []
      ) { row in
        versions.append(
          ItemVersion(
            unitType: row.text(0), itemID: row.text(1), since: row.text(2),
            definition: row.text(3), seenAt: StoredTime.date(row.integer(4))))
      }
      return versions
    }
  }

  /// Adds versions in one transaction, leaving any already stored under the same key.
  public func addItemVersions(_ versions: [ItemVersion]) throws {
    guard !versions.isEmpty else { return }
    try write { db in
      _ = try db.insertRows(
        "INSERT INTO item_version (unit_type, item_id, since, definition, seen_at) VALUES",
        versions.map { v in
          [
            .text(v.unitType), .text(v.itemID), .text(v.since), .text(v.definition),
            .integer(StoredTime.millis(v.seenAt)),
          ]
        }, "ON CONFLICT DO NOTHING")
    }
  }
}
