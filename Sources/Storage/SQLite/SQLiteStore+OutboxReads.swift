import Foundation
import GRDB

extension SQLiteStore {
  /// The watermarks of a job for every unit that has one.
  public func watermarks(job: String) throws -> [String: Date] {
    try grdbRead { db in
      var marks: [String: Date] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT unit_id, at FROM watermark WHERE job = ?", arguments: [job])
      while let row = try rows.next() { marks[row["unit_id"]] = StoredTime.date(row["at"]) }
      return marks
    }
  }

  /// Which of `keys` the outbox already holds: one read transaction, one prepared lookup
  /// per key on the unique index.
  public func existingDeliveryKeys(among keys: [DeliveryKey]) throws -> Set<DeliveryKey> {
    guard !keys.isEmpty else { return [] }
    return try grdbRead { db in
      let lookup = try db.cachedStatement(
        sql: """
          SELECT 1 FROM delivery WHERE unit_id = ? AND item_id = ? AND period = ?
            AND stage = ? AND recipient = ? AND channel = ?
          """)
      var found: Set<DeliveryKey> = []
      for k in Set(keys) {
        let hit = try Int.fetchOne(
          lookup, arguments: [k.unitID, k.itemID, k.period, k.stage, k.recipient, k.channel])
        if hit != nil { found.insert(k) }
      }
      return found
    }
  }
}
