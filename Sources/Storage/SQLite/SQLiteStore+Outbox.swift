import Foundation
import GRDB

extension SQLiteStore {
  /// Claims pending and retry-due deliveries that `filter` takes, for one sender.
  public func claimDeliveries(
    _ filter: DeliveryFilter, limit: Int, now: Date, lease: ClaimLease
  ) throws -> [Delivery] {
    let nowMillis = StoredTime.millis(now)
    let clock = StoredTime.millis(lease.clock)
    let until = StoredTime.millis(lease.until)
    let gone = lease.takingOver.sorted()
    let takeOver = gone.isEmpty ? "" : " OR claimed_by IN (" + gone.map { _ in "?" }.joined(separator: ",") + ")"
    var arguments: [(any DatabaseValueConvertible)?] = [nowMillis, clock]
    arguments += gone.map { $0 as (any DatabaseValueConvertible)? }
    return try grdbWrite { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT * FROM delivery
          WHERE (status = 'pending' OR (status = 'failed' AND next_attempt_at <= ?))
            AND (claimed_until IS NULL OR claimed_until <= ?\(takeOver))
          ORDER BY id
          """, arguments: StatementArguments(arguments))
      var claimed: [Delivery] = []
      while claimed.count < limit, let row = try rows.next() {
        var d = Self.delivery(from: row)
        guard filter.accepts(d.key) else { continue }
        d.attempts += 1
        d.interrupted = (row["claimed_until"] as Int64?) != nil
        claimed.append(d)
      }
      let update = try db.cachedStatement(
        sql: "UPDATE delivery SET claimed_until = ?, claimed_by = ?, attempts = ? WHERE id = ?")
      for d in claimed { try update.execute(arguments: [until, lease.holder, d.attempts, d.id]) }
      return claimed
    }
  }

  /// The holders of claims whose lease has not lapsed at `clock`.
  public func claimHolders(at clock: Date) throws -> [String] {
    try grdbRead { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT DISTINCT claimed_by FROM delivery
          WHERE claimed_until IS NOT NULL AND claimed_until > ? AND claimed_by IS NOT NULL
          ORDER BY 1
          """, arguments: [StoredTime.millis(clock)])
    }
  }

  /// Extends the claims `holder` still has.
  public func renewClaims(holder: String, until: Date) throws -> Int {
    try grdbWrite { db in
      try db.execute(
        sql: "UPDATE delivery SET claimed_until = ? WHERE claimed_by = ? AND claimed_until IS NOT NULL",
        arguments: [StoredTime.millis(until), holder])
      return db.changesCount
    }
  }

  /// Gives back claims of `holder` unsent.
  public func releaseClaims(ids: [Int64], holder: String) throws {
    guard !ids.isEmpty else { return }
    try grdbWrite { db in
      let update = try db.cachedStatement(
        sql: """
          UPDATE delivery SET claimed_until = NULL, claimed_by = NULL, attempts = max(attempts - 1, 0)
          WHERE id BETWEEN ? AND ? AND claimed_by = ? AND claimed_until IS NOT NULL AND status != 'sent'
          """)
      for (low, high) in Self.runs(of: ids) { try update.execute(arguments: [low, high, holder]) }
    }
  }

  /// Marks several deliveries sent in one transaction.
  public func markDeliveriesSent(ids: [Int64], at: Date) throws {
    guard !ids.isEmpty else { return }
    try grdbWrite { db in
      let update = try db.cachedStatement(
        sql: """
          UPDATE delivery SET status = 'sent', sent_at = ?, last_error = NULL,
            claimed_until = NULL, next_attempt_at = NULL WHERE id BETWEEN ? AND ?
          """)
      for (low, high) in Self.runs(of: ids) {
        try update.execute(arguments: [StoredTime.millis(at), low, high])
      }
    }
  }

  /// Marks several deliveries failed in one transaction; nil `retryAt`: given up.
  public func markDeliveriesFailed(ids: [Int64], error: String, retryAt: Date?) throws {
    guard !ids.isEmpty else { return }
    try grdbWrite { db in
      let update = try db.cachedStatement(
        sql: """
          UPDATE delivery SET status = 'failed', last_error = ?, next_attempt_at = ?,
            claimed_until = NULL WHERE id BETWEEN ? AND ?
          """)
      for (low, high) in Self.runs(of: ids) {
        try update.execute(arguments: [error, retryAt.map(StoredTime.millis), low, high])
      }
    }
  }

  /// `ids` as runs of consecutive numbers, lowest first: a run's new deliveries have
  /// consecutive ids, so marking a batch is a few range updates, not one per row.
  static func runs(of ids: [Int64]) -> [(Int64, Int64)] {
    var runs: [(Int64, Int64)] = []
    for id in Set(ids).sorted() {
      if let last = runs.last, last.1 + 1 == id {
        runs[runs.count - 1].1 = id
      } else {
        runs.append((id, id))
      }
    }
    return runs
  }

  /// Moves many watermarks forward in one transaction.
  public func advanceWatermarks(job: String, unitIDs: [String], to date: Date) throws {
    try grdbWrite { db in
      let upsert = try db.cachedStatement(
        sql: """
          INSERT INTO watermark (job, unit_id, at) VALUES (?, ?, ?)
          ON CONFLICT (job, unit_id) DO UPDATE SET at = max(at, excluded.at)
          """)
      for id in unitIDs { try upsert.execute(arguments: [job, id, StoredTime.millis(date)]) }
    }
  }

  /// How many deliveries stand where.
  public func deliveryCounts() throws -> DeliveryCounts {
    try grdbRead { db in
      var counts = DeliveryCounts()
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT status, next_attempt_at IS NULL AS stopped, count(*) AS n
          FROM delivery GROUP BY status, stopped
          """)
      for row in rows {
        let n: Int = row["n"]
        switch (row["status"] as String, row["stopped"] as Bool) {
        case ("pending", _): counts.pending += n
        case ("sent", _): counts.sent += n
        case ("failed", true): counts.givenUp += n
        default: counts.retrying += n
        }
      }
      return counts
    }
  }
}
