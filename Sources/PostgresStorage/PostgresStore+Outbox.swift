import Foundation
import Storage

extension PostgresStore {
  /// Claims pending and retry-due deliveries that `filter` takes, in one statement (atomic
  /// on its own): rows another runner holds locked are skipped (`FOR UPDATE SKIP LOCKED`),
  /// rows changed meanwhile are checked again under the lock, and a claim is a lease that
  /// lapses unless renewed, so a dead runner's deliveries go to another runner after
  /// `lease.seconds` — at once when its holder is one of `lease.takingOver`.
  public func claimDeliveries(
    _ filter: DeliveryFilter, limit: Int, now: Date, lease: ClaimLease
  ) throws -> [Delivery] {
    var values: [PGValue] = [
      .integer(StoredTime.millis(now)), .integer(StoredTime.millis(lease.until)), .integer(Int64(limit)),
      .text(lease.holder), .integer(StoredTime.millis(lease.clock)), .texts(lease.takingOver.sorted()),
    ]
    var conditions = ""
    if let units = filter.unitIDs {
      values.append(.texts(units.sorted()))
      conditions += " AND unit_id = ANY($\(values.count))"
    }
    if let channels = filter.channels {
      values.append(.texts(channels.sorted()))
      conditions += " AND channel = ANY($\(values.count))"
    }
    return try session { db in
      try db.pgQuery(
        """
        UPDATE delivery d SET claimed_until = $2, claimed_by = $4, attempts = d.attempts + 1
        FROM (
          SELECT id, claimed_until AS previous FROM delivery
          WHERE (status = 'pending' OR (status = 'failed' AND next_attempt_at <= $1))
            AND (claimed_until IS NULL OR claimed_until <= $5 OR claimed_by = ANY($6))\(conditions)
          ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) c
        WHERE d.id = c.id
        RETURNING d.*, (c.previous IS NOT NULL)::int::bigint AS interrupted
        """, values
      ).map { row in
        var d = Self.delivery(from: row)
        d.interrupted = row.integer("interrupted") == 1
        return d
      }.sorted { $0.id < $1.id }
    }
  }

  /// The holders of claims whose lease has not lapsed at `clock`.
  public func claimHolders(at clock: Date) throws -> [String] {
    try session { db in
      try db.pgQuery(
        """
        SELECT DISTINCT claimed_by FROM delivery
        WHERE claimed_until IS NOT NULL AND claimed_until > $1 AND claimed_by IS NOT NULL ORDER BY 1
        """, [.integer(StoredTime.millis(clock))]
      ).map { $0.text("claimed_by") }
    }
  }

  /// Extends the claims `holder` still has.
  public func renewClaims(holder: String, until: Date) throws -> Int {
    try session { db in
      try db.pgExecute(
        "UPDATE delivery SET claimed_until = $1 WHERE claimed_by = $2 AND claimed_until IS NOT NULL",
        [.integer(StoredTime.millis(until)), .text(holder)])
    }
  }

  /// Gives back claims of `holder` unsent.
  public func releaseClaims(ids: [Int64], holder: String) throws {
    guard !ids.isEmpty else { return }
    try session { db in
      _ = try db.pgExecute(
        """
        UPDATE delivery SET claimed_until = NULL, claimed_by = NULL, attempts = greatest(attempts - 1, 0)
        WHERE id = ANY($1) AND claimed_by = $2 AND claimed_until IS NOT NULL AND status <> 'sent'
        """, [.integers(ids), .text(holder)])
    }
  }

  /// Marks several deliveries sent in one statement.
  public func markDeliveriesSent(ids: [Int64], at: Date) throws {
    guard !ids.isEmpty else { return }
    try session { db in
      _ = try db.pgExecute(
        """
        UPDATE delivery SET status = 'sent', sent_at = $1, last_error = NULL,
          claimed_until = NULL, next_attempt_at = NULL WHERE id = ANY($2)
        """, [.integer(StoredTime.millis(at)), .integers(ids)])
    }
  }

  /// Marks several deliveries failed in one statement; nil `retryAt`: given up.
  public func markDeliveriesFailed(ids: [Int64], error: String, retryAt: Date?) throws {
    guard !ids.isEmpty else { return }
    try session { db in
      _ = try db.pgExecute(
        """
        UPDATE delivery SET status = 'failed', last_error = $1, next_attempt_at = $2,
          claimed_until = NULL WHERE id = ANY($3)
        """, [.text(error), .integer(retryAt.map(StoredTime.millis)), .integers(ids)])
    }
  }

  /// Moves many watermarks forward (never backward) in one statement.
  public func advanceWatermarks(job: String, unitIDs: [String], to date: Date) throws {
    guard !unitIDs.isEmpty else { return }
    try session { db in
      _ = try db.pgExecute(
        """
        INSERT INTO watermark (job, unit_id, at)
        SELECT $1, u, $3 FROM unnest($2::text[]) AS u
        ON CONFLICT (job, unit_id) DO UPDATE SET at = greatest(watermark.at, excluded.at)
        """, [.text(job), .texts(unitIDs), .integer(StoredTime.millis(date))])
    }
  }

  /// How many deliveries stand where.
  public func deliveryCounts() throws -> DeliveryCounts {
    try session { db in
      var counts = DeliveryCounts()
      let rows = try db.pgQuery(
        """
        SELECT status, (next_attempt_at IS NULL)::int::bigint AS stopped, count(*) AS n
        FROM delivery GROUP BY status, stopped
        """)
      for row in rows {
        let n = Int(row.integer("n"))
        switch (row.text("status"), row.integer("stopped") == 1) {
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
