import Foundation

/// Archived reports, the run log and the audit trail.
extension LedgerStore {
  /// Archives a rendered report.
  public func archiveReport(_ report: ArchivedReport) throws -> ArchivedReport {
    try write { db in
      var saved = report
      saved.id =
        try db.integer(
          """
          INSERT INTO report (unit_id, kind, period, format, sha256, path, created_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
          """,
          [
            .text(report.unitID), .text(report.kind), .text(report.period), .text(report.format),
            .text(report.sha256), .text(report.path), .integer(StoredTime.millis(report.createdAt)),
          ]) ?? 0
      return saved
    }
  }

  /// Archived reports of a unit, newest first.
  public func reports(unitID: String) throws -> [ArchivedReport] {
    try read { db in
      var reports: [ArchivedReport] = []
      try db.each(
        """
        SELECT id, unit_id, kind, period, format, sha256, path, created_at FROM report
        WHERE unit_id = $1 ORDER BY created_at DESC, id DESC
        """, [.text(unitID)]
      ) { row in
        reports.append(
          ArchivedReport(
            id: row.integer(0), unitID: row.text(1), kind: row.text(2), period: row.text(3),
            format: row.text(4), sha256: row.text(5), path: row.text(6),
            createdAt: StoredTime.date(row.integer(7))))
      }
      return reports
    }
  }

  /// Starts a run log entry.
  public func startRun(job: String, at: Date) throws -> Int64 {
    try write { db in
      try db.integer(
        "INSERT INTO run_log (job, started_at) VALUES ($1, $2) RETURNING id",
        [.text(job), .integer(StoredTime.millis(at))]) ?? 0
    }
  }

  /// Finishes a run log entry.
  public func finishRun(id: Int64, at: Date, outcome: String, detail: String?) throws {
    try write { db in
      _ = try db.execute(
        "UPDATE run_log SET finished_at = $1, outcome = $2, detail = $3 WHERE id = $4",
        [.integer(StoredTime.millis(at)), .text(outcome), .text(detail), .integer(id)])
    }
  }

  /// The latest runs of a job, newest first.
  public func runs(job: String, limit: Int) throws -> [RunLogEntry] {
    try read { db in
      var runs: [RunLogEntry] = []
      try db.each(
        """
        SELECT id, job, started_at, finished_at, outcome, detail FROM run_log
        WHERE job = $1 ORDER BY started_at DESC, id DESC LIMIT $2
        """, [.text(job), .int(limit)]
      ) { row in
        runs.append(
          RunLogEntry(
            id: row.integer(0), job: row.text(1), startedAt: StoredTime.date(row.integer(2)),
            finishedAt: row.optionalInteger(3).map(StoredTime.date),
            outcome: row.optionalText(4), detail: row.optionalText(5)))
      }
      return runs
    }
  }

  /// Audit entries, optionally for one unit and from a time on, oldest first.
  public func auditEntries(unitID: String?, since: Date?) throws -> [AuditEntry] {
    var clauses: [String] = []
    var values: [StoredValue] = []
    if let unitID {
      values.append(.text(unitID))
      clauses.append("unit_id = $\(values.count)")
    }
    if let since {
      values.append(.integer(StoredTime.millis(since)))
      clauses.append("at >= $\(values.count)")
    }
    let filter = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
    return try read { db in
      var entries: [AuditEntry] = []
      try db.each(
        "SELECT id, at, actor, action, entity, entity_id, unit_id, before, after FROM audit"
          + filter + " ORDER BY at, id", values
      ) { row in
        entries.append(
          AuditEntry(
            id: row.integer(0), at: StoredTime.date(row.integer(1)), actor: row.text(2),
            action: row.text(3), entity: row.text(4), entityID: row.text(5),
            unitID: row.optionalText(6), before: row.optionalText(7), after: row.optionalText(8)))
      }
      return entries
    }
  }
}
