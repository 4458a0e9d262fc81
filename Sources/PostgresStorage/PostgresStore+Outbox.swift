import Foundation
import Storage

extension PostgresStore {
  /// Claims pending and retry-due deliveries that `filter` takes, in one statement (atomic
  /// on its own): rows another runner holds locked are skipped (`FOR UPDATE SKIP LOCKED`),
  /// rows changed meanwhile are checked again under the lock, and a claim is a lease that
  /// expires, so a dead runner's deliveries go to another runner after `leaseSeconds`.
  public func claimDeliveries(
    _ filter: DeliveryFilter, limit: Int, now: Date, leaseSeconds: Double
  ) throws -> [Delivery] {
    var values: [PGValue] = [
      .integer(StoredTime.millis(now)),
      .integer(StoredTime.millis(now.addingTimeInterval(leaseSeconds))), .integer(Int64(limit)),
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
      try db.query(
        """
        UPDATE delivery d SET claimed_until = $2, attempts = d.attempts + 1
        FROM (
          SELECT id FROM delivery
          WHERE (status = 'pending' OR (status = 'failed' AND next_attempt_at <= $1))
            AND (claimed_until IS NULL OR claimed_until <= $1)\(conditions)
          ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) c
        WHERE d.id = c.id
        RETURNING d.*
        """, values
      ).map(Self.delivery(from:)).sorted { $0.id < $1.id }
    }
  }

  /// Marks several deliveries sent in one statement.
  public func markDeliveriesSent(ids: [Int64], at: Date) throws {
    guard !ids.isEmpty else { return }
    try session { db in
      _ = try db.execute(
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
      _ = try db.execute(
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
      _ = try db.execute(
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
      let rows = try db.query(
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
