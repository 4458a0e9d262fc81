import Foundation
import Storage

extension PostgresStore {
  /// Archives a rendered report.
  public func archiveReport(_ report: ArchivedReport) throws -> ArchivedReport {
    try session { db in
      var saved = report
      saved.id =
        try db.pgInteger(
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
    try session { db in
      try db.pgQuery(
        "SELECT * FROM report WHERE unit_id = $1 ORDER BY created_at DESC, id DESC",
        [.text(unitID)]
      ).map {
        ArchivedReport(
          id: $0.integer("id"), unitID: $0.text("unit_id"), kind: $0.text("kind"),
          period: $0.text("period"), format: $0.text("format"), sha256: $0.text("sha256"),
          path: $0.text("path"), createdAt: StoredTime.date($0.integer("created_at")))
      }
    }
  }

  /// Starts a run log entry.
  public func startRun(job: String, at: Date) throws -> Int64 {
    try session { db in
      try db.pgInteger(
        "INSERT INTO run_log (job, started_at) VALUES ($1, $2) RETURNING id",
        [.text(job), .integer(StoredTime.millis(at))]) ?? 0
    }
  }

  /// Finishes a run log entry.
  public func finishRun(id: Int64, at: Date, outcome: String, detail: String?) throws {
    try session { db in
      try db.pgExecute(
        "UPDATE run_log SET finished_at = $1, outcome = $2, detail = $3 WHERE id = $4",
        [.integer(StoredTime.millis(at)), .text(outcome), .text(detail), .integer(id)])
    }
  }

  /// The latest runs of a job, newest first.
  public func runs(job: String, limit: Int) throws -> [RunLogEntry] {
    try session { db in
      try db.pgQuery(
        "SELECT * FROM run_log WHERE job = $1 ORDER BY started_at DESC, id DESC LIMIT $2",
        [.text(job), .integer(Int64(limit))]
      ).map {
        RunLogEntry(
          id: $0.integer("id"), job: $0.text("job"),
          startedAt: StoredTime.date($0.integer("started_at")),
          finishedAt: $0.optionalInteger("finished_at").map(StoredTime.date),
          outcome: $0.optionalText("outcome"), detail: $0.optionalText("detail"))
      }
    }
  }

  /// Audit entries, optionally for one unit and from a time on, oldest first.
  public func auditEntries(unitID: String?, since: Date?) throws -> [AuditEntry] {
    try session { db in
      try db.pgQuery(
        """
        SELECT * FROM audit
        WHERE ($1::text IS NULL OR unit_id = $1) AND ($2::bigint IS NULL OR at >= $2)
        ORDER BY at, id
        """, [.text(unitID), .integer(since.map(StoredTime.millis))]
      ).map {
        AuditEntry(
          id: $0.integer("id"), at: StoredTime.date($0.integer("at")), actor: $0.text("actor"),
          action: $0.text("action"), entity: $0.text("entity"), entityID: $0.text("entity_id"),
          unitID: $0.optionalText("unit_id"), before: $0.optionalText("before"),
          after: $0.optionalText("after"))
      }
    }
  }
}
