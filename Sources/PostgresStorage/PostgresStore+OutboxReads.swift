import Foundation
import Storage

extension PostgresStore {
  /// The watermarks of a job for every unit that has one.
  public func watermarks(job: String) throws -> [String: Date] {
    try session { db in
      var marks: [String: Date] = [:]
      for row in try db.pgQuery("SELECT unit_id, at FROM watermark WHERE job = $1", [.text(job)]) {
        marks[row.text("unit_id")] = StoredTime.date(row.integer("at"))
      }
      return marks
    }
  }

  /// Which of `keys` the outbox already holds: the keys joined against the table as a
  /// VALUES list, a few thousand per statement.
  public func existingDeliveryKeys(among keys: [DeliveryKey]) throws -> Set<DeliveryKey> {
    let unique = Array(Set(keys))
    guard !unique.isEmpty else { return [] }
    return try session { db in
      var found: Set<DeliveryKey> = []
      for start in stride(from: 0, to: unique.count, by: 4000) {
        var values: [PGValue] = []
        var tuples: [String] = []
        for k in unique[start..<min(unique.count, start + 4000)] {
          let b = values.count
          tuples.append("(" + (1...6).map { "$\(b + $0)::text" }.joined(separator: ",") + ")")
          values += [.text(k.unitID), .text(k.itemID), .text(k.period), .text(k.stage), .text(k.recipient), .text(k.channel)]
        }
        let rows = try db.pgQuery(
          """
          SELECT d.unit_id, d.item_id, d.period, d.stage, d.recipient, d.channel
          FROM delivery d JOIN (VALUES \(tuples.joined(separator: ","))) AS k(u, i, p, s, r, c)
            ON d.unit_id = k.u AND d.item_id = k.i AND d.period = k.p AND d.stage = k.s
              AND d.recipient = k.r AND d.channel = k.c
          """, values)
        for row in rows {
          found.insert(
            DeliveryKey(
              unitID: row.text("unit_id"), itemID: row.text("item_id"), period: row.text("period"),
              stage: row.text("stage"), recipient: row.text("recipient"), channel: row.text("channel")))
        }
      }
      return found
    }
  }
}
