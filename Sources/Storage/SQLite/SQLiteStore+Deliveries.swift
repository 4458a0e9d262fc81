import Foundation
import GRDB

extension SQLiteStore {
  /// Inserts the deliveries whose key is absent, in one transaction.
  public func insertDeliveriesIfAbsent(_ deliveries: [Delivery]) throws -> Int {
    try grdbWrite { db in
      let statement = try db.cachedStatement(
        sql: """
          INSERT OR IGNORE INTO delivery
            (unit_id, item_id, period, stage, recipient, channel, status, message, created_at)
          VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)
          """)
      var inserted = 0
      let now = StoredTime.millis(Date())
      for d in deliveries {
        let k = d.key
        try statement.execute(arguments: [
          k.unitID, k.itemID, k.period, k.stage, k.recipient, k.channel, d.message, now,
        ])
        inserted += db.changesCount
      }
      return inserted
    }
  }

  /// Inserts the deliveries whose key is absent, claimed by the caller, in one transaction.
  public func insertDeliveriesClaimed(_ deliveries: [Delivery], now: Date, lease: ClaimLease) throws
    -> [Delivery]
  {
    let created = StoredTime.millis(Date())
    let until = StoredTime.millis(lease.until)
    return try grdbWrite { db in
      let insert = try RawInsert(
        db,
        sql: """
          INSERT OR IGNORE INTO delivery (unit_id, item_id, period, stage, recipient, channel,
            status, attempts, claimed_until, claimed_by, message, created_at)
          VALUES (?, ?, ?, ?, ?, ?, 'pending', 1, ?, ?, ?, ?)
          """)
      var inserted: [Delivery] = []
      for d in deliveries {
        let k = d.key
        try insert.run(
          db, .text(k.unitID), .text(k.itemID), .text(k.period), .text(k.stage), .text(k.recipient),
          .text(k.channel), .integer(until), .text(lease.holder), .text(d.message), .integer(created))
        guard db.changesCount == 1 else { continue }
        inserted.append(Delivery(id: db.lastInsertedRowID, key: k, attempts: 1, message: d.message))
      }
      return inserted
    }
  }

  /// Marks a delivery sent.
  public func markDeliverySent(id: Int64, at: Date) throws {
    try grdbWrite { db in
      try db.execute(
        sql: """
          UPDATE delivery SET status = 'sent', sent_at = ?, last_error = NULL,
            claimed_until = NULL, next_attempt_at = NULL WHERE id = ?
          """, arguments: [StoredTime.millis(at), id])
      guard db.changesCount == 1 else { throw StoreError(.notFound, "投递记录 \(id) 不存在") }
    }
  }

  /// Marks a delivery failed.
  public func markDeliveryFailed(id: Int64, error: String, retryAt: Date) throws {
    try grdbWrite { db in
      try db.execute(
        sql: """
          UPDATE delivery SET status = 'failed', last_error = ?, next_attempt_at = ?,
            claimed_until = NULL WHERE id = ?
          """, arguments: [error, StoredTime.millis(retryAt), id])
      guard db.changesCount == 1 else { throw StoreError(.notFound, "投递记录 \(id) 不存在") }
    }
  }

  /// The delivery with this key, or nil.
  public func delivery(_ key: DeliveryKey) throws -> Delivery? {
    try grdbRead { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT * FROM delivery WHERE unit_id = ? AND item_id = ? AND period = ?
            AND stage = ? AND recipient = ? AND channel = ?
          """,
        arguments: [key.unitID, key.itemID, key.period, key.stage, key.recipient, key.channel]
      ).map(Self.delivery(from:))
    }
  }

  /// The watermark of a job for a unit.
  public func watermark(job: String, unitID: String) throws -> Date? {
    try grdbRead { db in
      try Int64.fetchOne(
        db, sql: "SELECT at FROM watermark WHERE job = ? AND unit_id = ?",
        arguments: [job, unitID]
      ).map(StoredTime.date)
    }
  }

  /// Moves a watermark forward, never backward.
  public func advanceWatermark(job: String, unitID: String, to date: Date) throws {
    try grdbWrite { db in
      try db.execute(
        sql: """
          INSERT INTO watermark (job, unit_id, at) VALUES (?, ?, ?)
          ON CONFLICT (job, unit_id) DO UPDATE SET at = max(at, excluded.at)
          """, arguments: [job, unitID, StoredTime.millis(date)])
    }
  }

  static func delivery(from row: Row) -> Delivery {
    Delivery(
      id: row["id"],
      key: DeliveryKey(
        unitID: row["unit_id"], itemID: row["item_id"], period: row["period"],
        stage: row["stage"], recipient: row["recipient"], channel: row["channel"]),
      status: DeliveryStatus(rawValue: row["status"]) ?? .pending, attempts: row["attempts"],
      lastError: row["last_error"],
      nextAttemptAt: (row["next_attempt_at"] as Int64?).map(StoredTime.date),
      message: row["message"])
  }
}
