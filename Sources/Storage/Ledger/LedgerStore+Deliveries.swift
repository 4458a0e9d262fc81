import Foundation

extension LedgerStore {
  /// Inserts the deliveries whose key is absent, in one transaction, a few thousand a
  /// statement.
  public func insertDeliveriesIfAbsent(_ deliveries: [Delivery]) throws -> Int {
    guard !deliveries.isEmpty else { return 0 }
    let created = StoredTime.millis(Date())
    return try write { db in
      var inserted = 0
      for chunk in Self.chunks(of: deliveries) {
        inserted += try db.insertRows(
          """
          INSERT INTO delivery (unit_id, item_id, period, stage, recipient, channel, message, created_at)
          SELECT * FROM (VALUES
          """,
          chunk.map { Self.keyValues($0.key) + [.text($0.message), .integer(created)] },
          ") AS v " + Self.absentKeysOnly(db.dialect))
      }
      return inserted
    }
  }

  /// Inserts the deliveries whose key is absent, claimed by the caller, in one transaction:
  /// the rows inserted come back (in no promised order) and are put in the order given; a
  /// key already stored, or repeated, is left out.
  public func insertDeliveriesClaimed(_ deliveries: [Delivery], now: Date, lease: ClaimLease) throws
    -> [Delivery]
  {
    guard !deliveries.isEmpty else { return [] }
    // Every row carries the lease's end, its holder and the creation time: one row of
    // values per delivery, as `insertRows` takes them.
    let shared: [StoredValue] = [
      .integer(StoredTime.millis(lease.until)), .text(lease.holder), .integer(StoredTime.millis(Date())),
    ]
    return try write { db in
      var inserted: [(offset: Int, delivery: Delivery)] = []
      for chunk in Self.chunks(of: deliveries) {
        // A key repeated in a later chunk is left out by the insert, so a chunk's own first
        // places are all the rows it returns need.
        var offsets: [DeliveryKey: Int] = [:]
        offsets.reserveCapacity(chunk.count)
        for i in chunk.indices where offsets[chunk[i].key] == nil { offsets[chunk[i].key] = i }
        try db.insertRows(
          """
          INSERT INTO delivery (unit_id, item_id, period, stage, recipient, channel, message,
            claimed_until, claimed_by, created_at, status, attempts)
          SELECT *, 'pending', 1 FROM (VALUES
          """,
          chunk.map { Self.keyValues($0.key) + [.text($0.message)] + shared },
          ") AS v " + Self.absentKeysOnly(db.dialect),
          returningID: ["unit_id", "item_id", "period", "stage", "recipient", "channel"]
        ) { cursor in
          let key = Self.deliveryKey(from: cursor, at: 1)
          guard let offset = offsets[key] else { return }
          let d = Delivery(id: cursor.integer(0), key: key, attempts: 1, message: deliveries[offset].message)
          inserted.append((offset, d))
        }
      }
      return inserted.sorted { $0.offset < $1.offset }.map(\.delivery)
    }
  }

  /// Marks a delivery sent.
  public func markDeliverySent(id: Int64, at: Date) throws {
    try autocommit { db in
      let changed = try db.execute(
        """
        UPDATE delivery SET status = 'sent', sent_at = $1, last_error = NULL,
          claimed_until = NULL, next_attempt_at = NULL WHERE id = $2
        """, [.integer(StoredTime.millis(at)), .integer(id)])
      guard changed == 1 else { throw StoreError(.notFound, "投递记录 \(id) 不存在") }
    }
  }

  /// Marks a delivery failed.
  public func markDeliveryFailed(id: Int64, error: String, retryAt: Date) throws {
    try autocommit { db in
      let changed = try db.execute(
        """
        UPDATE delivery SET status = 'failed', last_error = $1, next_attempt_at = $2,
          claimed_until = NULL WHERE id = $3
        """, [.text(error), .integer(StoredTime.millis(retryAt)), .integer(id)])
      guard changed == 1 else { throw StoreError(.notFound, "投递记录 \(id) 不存在") }
    }
  }

  /// The delivery with this key, or nil.
  public func delivery(_ key: DeliveryKey) throws -> Delivery? {
    try read { db in
      var found: Delivery?
      try db.each(
        """
        SELECT \(Self.deliveryColumns) FROM delivery WHERE unit_id = $1 AND item_id = $2
          AND period = $3 AND stage = $4 AND recipient = $5 AND channel = $6
        """, Self.keyValues(key)
      ) { found = Self.delivery(from: $0) }
      return found
    }
  }

  /// Which of `keys` the outbox already holds: the keys, bound as one JSON text a few
  /// thousand at a time, joined against the table's unique key.
  public func existingDeliveryKeys(among keys: [DeliveryKey]) throws -> Set<DeliveryKey> {
    let unique = Array(Set(keys))
    guard !unique.isEmpty else { return [] }
    return try read { db in
      var found: Set<DeliveryKey> = []
      for chunk in Self.chunks(of: unique) {
        try db.each(
          """
          SELECT d.unit_id, d.item_id, d.period, d.stage, d.recipient, d.channel
          FROM (\(db.dialect.rows(of: "$1", width: 6))) AS k
          JOIN delivery d ON d.unit_id = k.column1 AND d.item_id = k.column2
            AND d.period = k.column3 AND d.stage = k.column4 AND d.recipient = k.column5
            AND d.channel = k.column6
          """,
          [
            .text(
              SQLDialect.textRows(
                chunk.lazy.map { [$0.unitID, $0.itemID, $0.period, $0.stage, $0.recipient, $0.channel] }))
          ]
        ) { found.insert(Self.deliveryKey(from: $0, at: 0)) }
      }
      return found
    }
  }

  /// How many deliveries stand where.
  public func deliveryCounts() throws -> DeliveryCounts {
    try read { db in
      var counts = DeliveryCounts()
      try db.each(
        """
        SELECT status, CASE WHEN next_attempt_at IS NULL THEN 1 ELSE 0 END AS stopped, count(*)
        FROM delivery GROUP BY status, stopped
        """, []
      ) { cursor in
        let n = Int(cursor.integer(2))
        switch (cursor.text(0), cursor.integer(1) == 1) {
        case ("pending", _): counts.pending += n
        case ("sent", _): counts.sent += n
        case ("failed", true): counts.givenUp += n
        default: counts.retrying += n
        }
      }
      return counts
    }
  }

  /// The delivery columns in the order `delivery(from:)` reads them.
  static let deliveryColumns =
    "id, unit_id, item_id, period, stage, recipient, channel, status, attempts, last_error, next_attempt_at, message"

  /// A delivery from a row of `deliveryColumns`.
  static func delivery(from cursor: any SQLCursor) -> Delivery {
    Delivery(
      id: cursor.integer(0), key: deliveryKey(from: cursor, at: 1),
      status: DeliveryStatus(rawValue: cursor.text(7)) ?? .pending, attempts: Int(cursor.integer(8)),
      lastError: cursor.optionalText(9), nextAttemptAt: cursor.optionalInteger(10).map(StoredTime.date),
      message: cursor.text(11))
  }

  /// A key from six columns from `first` on: unit, item, period, stage, recipient, channel.
  static func deliveryKey(from cursor: any SQLCursor, at first: Int) -> DeliveryKey {
    DeliveryKey(
      unitID: cursor.text(first), itemID: cursor.text(first + 1), period: cursor.text(first + 2),
      stage: cursor.text(first + 3), recipient: cursor.text(first + 4), channel: cursor.text(first + 5))
  }

  /// The end of an `INSERT … SELECT * FROM (VALUES …) AS v` whose first six columns are a
  /// delivery's key, leaving out the keys the outbox holds. Where a conflicting insert uses
  /// up an id (PostgreSQL), only keys the outbox lacks reach the insert, so the ids have no
  /// gaps SQLite's lack; its `ON CONFLICT` stays for a key repeated in the batch or stored
  /// by another host meanwhile. SQLite's `ON CONFLICT` after a `SELECT` needs a `WHERE`.
  static func absentKeysOnly(_ dialect: SQLDialect) -> String {
    guard dialect.conflictsUseIDs else { return "WHERE true ON CONFLICT DO NOTHING" }
    return """
      WHERE NOT EXISTS (SELECT 1 FROM delivery d WHERE d.unit_id = v.column1
        AND d.item_id = v.column2 AND d.period = v.column3 AND d.stage = v.column4
        AND d.recipient = v.column5 AND d.channel = v.column6)
      ON CONFLICT DO NOTHING
      """
  }

  /// A key's six values, in the order of `deliveryKey(from:at:)`.
  static func keyValues(_ key: DeliveryKey) -> [StoredValue] {
    [
      .text(key.unitID), .text(key.itemID), .text(key.period), .text(key.stage), .text(key.recipient),
      .text(key.channel),
    ]
  }
}
