import Foundation

extension LedgerStore {
  /// Claims pending and retry-due deliveries that `filter` takes, in one transaction: the
  /// rows are read, then marked as this holder's. On PostgreSQL, where several runners on
  /// several hosts claim at once, the rows read are locked and rows another runner holds
  /// locked are skipped (`FOR UPDATE SKIP LOCKED`), so no two runners get the same one; a
  /// SQLite file has one writer at a time, which is the same guarantee. A claim is a lease
  /// that lapses unless renewed, so a dead runner's deliveries go to another runner after
  /// `lease.seconds` — at once when its holder is one of `lease.takingOver`.
  public func claimDeliveries(
    _ filter: DeliveryFilter, limit: Int, now: Date, lease: ClaimLease
  ) throws -> [Delivery] {
    guard limit > 0 else { return [] }
    let dialect = self.dialect
    var values: [StoredValue] = [
      .integer(StoredTime.millis(now)), .integer(StoredTime.millis(lease.clock)), .int(limit),
    ]
    func listed(_ texts: Set<String>) -> String {
      values.append(.text(Self.jsonArray(texts.sorted())))
      return " IN (" + dialect.elements(of: "$\(values.count)") + ")"
    }
    let takeOver = lease.takingOver.isEmpty ? "" : " OR claimed_by" + listed(lease.takingOver)
    var conditions = ""
    if let units = filter.unitIDs { conditions += " AND unit_id" + listed(units) }
    if let channels = filter.channels { conditions += " AND channel" + listed(channels) }
    return try write { db in
      var claimed: [Delivery] = []
      try db.each(
        """
        SELECT \(Self.deliveryColumns), claimed_until FROM delivery
        WHERE (status = 'pending' OR (status = 'failed' AND next_attempt_at <= $1))
          AND (claimed_until IS NULL OR claimed_until <= $2\(takeOver))\(conditions)
        ORDER BY id LIMIT $3\(db.dialect.forUpdateSkipLocked)
        """, values
      ) { cursor in
        var d = Self.delivery(from: cursor)
        d.attempts += 1
        d.interrupted = !cursor.isNull(12)
        claimed.append(d)
      }
      guard !claimed.isEmpty else { return claimed }
      let ids = Self.idCondition(claimed.map(\.id), dialect: db.dialect, from: 3)
      try db.execute(
        "UPDATE delivery SET claimed_until = $1, claimed_by = $2, attempts = attempts + 1 WHERE " + ids.sql,
        [.integer(StoredTime.millis(lease.until)), .text(lease.holder)] + ids.values)
      return claimed
    }
  }

  /// The holders of claims whose lease has not lapsed at `clock`.
  public func claimHolders(at clock: Date) throws -> [String] {
    try read { db in
      var holders: [String] = []
      try db.each(
        """
        SELECT DISTINCT claimed_by FROM delivery
        WHERE claimed_until IS NOT NULL AND claimed_until > $1 AND claimed_by IS NOT NULL
        ORDER BY 1
        """, [.integer(StoredTime.millis(clock))]
      ) { holders.append($0.text(0)) }
      return holders
    }
  }

  /// Extends the claims `holder` still has.
  public func renewClaims(holder: String, until: Date) throws -> Int {
    try autocommit { db in
      try db.execute(
        "UPDATE delivery SET claimed_until = $1 WHERE claimed_by = $2 AND claimed_until IS NOT NULL",
        [.integer(StoredTime.millis(until)), .text(holder)])
    }
  }

  /// Gives back claims of `holder` unsent, in one statement.
  public func releaseClaims(ids: [Int64], holder: String) throws {
    guard !ids.isEmpty else { return }
    try autocommit { db in
      let condition = Self.idCondition(ids, dialect: db.dialect, from: 2)
      try db.execute(
        """
        UPDATE delivery SET claimed_until = NULL, claimed_by = NULL,
          attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END
        WHERE \(condition.sql) AND claimed_by = $1 AND claimed_until IS NOT NULL AND status <> 'sent'
        """, [.text(holder)] + condition.values)
    }
  }

  /// Marks several deliveries sent in one statement.
  public func markDeliveriesSent(ids: [Int64], at: Date) throws {
    guard !ids.isEmpty else { return }
    try autocommit { db in
      let condition = Self.idCondition(ids, dialect: db.dialect, from: 2)
      try db.execute(
        """
        UPDATE delivery SET status = 'sent', sent_at = $1, last_error = NULL,
          claimed_until = NULL, next_attempt_at = NULL WHERE \(condition.sql)
        """, [.integer(StoredTime.millis(at))] + condition.values)
    }
  }

  /// Marks several deliveries failed in one statement; nil `retryAt`: given up.
  public func markDeliveriesFailed(ids: [Int64], error: String, retryAt: Date?) throws {
    guard !ids.isEmpty else { return }
    try autocommit { db in
      let condition = Self.idCondition(ids, dialect: db.dialect, from: 3)
      try db.execute(
        """
        UPDATE delivery SET status = 'failed', last_error = $1, next_attempt_at = $2,
          claimed_until = NULL WHERE \(condition.sql)
        """, [.text(error), .integer(retryAt.map(StoredTime.millis))] + condition.values)
    }
  }

  /// A condition on `id` taking exactly `ids`, its values bound from `$first` on: one range
  /// when they are consecutive (a run's new deliveries have consecutive ids), else the
  /// list as one JSON array.
  static func idCondition(
    _ ids: [Int64], dialect: SQLDialect, from first: Int
  ) -> (sql: String, values: [StoredValue]) {
    let runs = runs(of: ids)
    if runs.count == 1 {
      return ("id BETWEEN $\(first) AND $\(first + 1)", [.integer(runs[0].0), .integer(runs[0].1)])
    }
    let list = "[" + runs.flatMap { $0.0...$0.1 }.map(String.init).joined(separator: ",") + "]"
    return ("id IN (" + dialect.elements(of: "$\(first)", integers: true) + ")", [.text(list)])
  }

  /// `ids` as runs of consecutive numbers, lowest first, each id once.
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

  /// Texts as a JSON array, for `SQLDialect.elements(of:)`.
  static func jsonArray(_ texts: [String]) -> String {
    "[" + texts.map(JSONText.string).joined(separator: ",") + "]"
  }
}
