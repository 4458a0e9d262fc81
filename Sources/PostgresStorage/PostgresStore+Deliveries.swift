import Foundation
import Storage

extension PostgresStore {
  /// Inserts the deliveries whose key is absent, in one transaction.
  public func insertDeliveriesIfAbsent(_ deliveries: [Delivery]) throws -> Int {
    guard !deliveries.isEmpty else { return 0 }
    let now = StoredTime.millis(Date())
    return try pgWrite { db in
      var inserted = 0
      for start in stride(from: 0, to: deliveries.count, by: 4000) {
        var values: [PGValue] = []
        var tuples: [String] = []
        for d in deliveries[start..<min(deliveries.count, start + 4000)] {
          let k = d.key
          let b = values.count
          tuples.append("(" + (1...8).map { "$\(b + $0)" }.joined(separator: ",") + ")")
          values += [
            .text(k.unitID), .text(k.itemID), .text(k.period), .text(k.stage),
            .text(k.recipient), .text(k.channel), .text(d.message), .integer(now),
          ]
        }
        inserted += try db.pgExecute(
          """
          INSERT INTO delivery
            (unit_id, item_id, period, stage, recipient, channel, message, created_at)
          VALUES \(tuples.joined(separator: ",")) ON CONFLICT DO NOTHING
          """, values)
      }
      return inserted
    }
  }

  /// Inserts the deliveries whose key is absent, claimed by the caller, in one transaction.
  public func insertDeliveriesClaimed(_ deliveries: [Delivery], now: Date, lease: ClaimLease) throws
    -> [Delivery]
  {
    guard !deliveries.isEmpty else { return [] }
    let created = StoredTime.millis(Date())
    let until = StoredTime.millis(lease.until)
    return try pgWrite { db in
      var inserted: [(Int, Delivery)] = []
      for start in stride(from: 0, to: deliveries.count, by: 4000) {
        let batch = deliveries[start..<min(deliveries.count, start + 4000)]
        var values: [PGValue] = [.integer(until), .integer(created), .text(lease.holder)]
        var tuples: [String] = []
        var given: [DeliveryKey: (offset: Int, message: String)] = [:]
        for d in batch {
          let k = d.key
          let b = values.count
          tuples.append("(" + (1...7).map { "$\(b + $0)" }.joined(separator: ",") + ", 'pending', 1, $1, $3, $2)")
          values += [
            .text(k.unitID), .text(k.itemID), .text(k.period), .text(k.stage),
            .text(k.recipient), .text(k.channel), .text(d.message),
          ]
          given[k] = given[k] ?? (start + tuples.count, d.message)
        }
        let rows = try db.pgQuery(
          """
          INSERT INTO delivery (unit_id, item_id, period, stage, recipient, channel, message,
            status, attempts, claimed_until, claimed_by, created_at)
          VALUES \(tuples.joined(separator: ",")) ON CONFLICT DO NOTHING
          RETURNING id, unit_id, item_id, period, stage, recipient, channel
          """, values)
        for row in rows {
          let key = DeliveryKey(
            unitID: row.text("unit_id"), itemID: row.text("item_id"), period: row.text("period"),
            stage: row.text("stage"), recipient: row.text("recipient"), channel: row.text("channel"))
          let known = given[key]
          let delivery = Delivery(id: row.integer("id"), key: key, attempts: 1, message: known?.message ?? "")
          inserted.append((known?.offset ?? 0, delivery))
        }
      }
      return inserted.sorted { $0.0 < $1.0 }.map(\.1)
    }
  }

  /// Marks a delivery sent.
  public func markDeliverySent(id: Int64, at: Date) throws {
    try session { db in
      let changed = try db.pgExecute(
        """
        UPDATE delivery SET status = 'sent', sent_at = $1, last_error = NULL,
          claimed_until = NULL, next_attempt_at = NULL WHERE id = $2
        """, [.integer(StoredTime.millis(at)), .integer(id)])
      guard changed == 1 else { throw StoreError(.notFound, "投递记录 \(id) 不存在") }
    }
  }

  /// Marks a delivery failed.
  public func markDeliveryFailed(id: Int64, error: String, retryAt: Date) throws {
    try session { db in
      let changed = try db.pgExecute(
        """
        UPDATE delivery SET status = 'failed', last_error = $1, next_attempt_at = $2,
          claimed_until = NULL WHERE id = $3
        """, [.text(error), .integer(StoredTime.millis(retryAt)), .integer(id)])
      guard changed == 1 else { throw StoreError(.notFound, "投递记录 \(id) 不存在") }
    }
  }

  /// The delivery with this key, or nil.
  public func delivery(_ key: DeliveryKey) throws -> Delivery? {
    try session { db in
      try db.pgQuery(
        """
        SELECT * FROM delivery WHERE unit_id = $1 AND item_id = $2 AND period = $3
          AND stage = $4 AND recipient = $5 AND channel = $6
        """,
        [
          .text(key.unitID), .text(key.itemID), .text(key.period), .text(key.stage),
          .text(key.recipient), .text(key.channel),
        ]
      ).first.map(Self.delivery(from:))
    }
  }

  /// The watermark of a job for a unit.
  public func watermark(job: String, unitID: String) throws -> Date? {
    try session { db in
      try db.pgInteger(
        "SELECT at FROM watermark WHERE job = $1 AND unit_id = $2", [.text(job), .text(unitID)]
      ).map(StoredTime.date)
    }
  }

  /// Moves a watermark forward, never backward.
  public func advanceWatermark(job: String, unitID: String, to date: Date) throws {
    try session { db in
      try db.pgExecute(
        """
        INSERT INTO watermark (job, unit_id, at) VALUES ($1, $2, $3)
        ON CONFLICT (job, unit_id) DO UPDATE SET at = greatest(watermark.at, excluded.at)
        """, [.text(job), .text(unitID), .integer(StoredTime.millis(date))])
    }
  }

  static func delivery(from row: PGRow) -> Delivery {
    Delivery(
      id: row.integer("id"),
      key: DeliveryKey(
        unitID: row.text("unit_id"), itemID: row.text("item_id"), period: row.text("period"),
        stage: row.text("stage"), recipient: row.text("recipient"), channel: row.text("channel")),
      status: DeliveryStatus(rawValue: row.text("status")) ?? .pending,
      attempts: Int(row.integer("attempts")), lastError: row.optionalText("last_error"),
      nextAttemptAt: row.optionalInteger("next_attempt_at").map(StoredTime.date),
      message: row.text("message"))
  }
}
