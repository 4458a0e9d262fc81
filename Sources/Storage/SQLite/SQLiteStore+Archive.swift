import Foundation
import GRDB

extension SQLiteStore {
  /// Archives a rendered report.
  public func archiveReport(_ report: ArchivedReport) throws -> ArchivedReport {
    try grdbWrite { db in
      try db.execute(
        sql: """
          INSERT INTO report (unit_id, kind, period, format, sha256, path, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          report.unitID, report.kind, report.period, report.format, report.sha256,
          report.path, StoredTime.millis(report.createdAt),
        ])
      var saved = report
      saved.id = db.lastInsertedRowID
      return saved
    }
  }

  /// Archived reports of a unit, newest first.
  public func reports(unitID: String) throws -> [ArchivedReport] {
    try grdbRead { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM report WHERE unit_id = ? ORDER BY created_at DESC, id DESC",
        arguments: [unitID]
      ).map {
        ArchivedReport(
          id: $0["id"], unitID: $0["unit_id"], kind: $0["kind"], period: $0["period"],
          format: $0["format"], sha256: $0["sha256"], path: $0["path"],
          createdAt: StoredTime.date($0["created_at"]))
      }
    }
  }

  /// Starts a run log entry.
  public func startRun(job: String, at: Date) throws -> Int64 {
    try grdbWrite { db in
      try db.execute(
        sql: "INSERT INTO run_log (job, started_at) VALUES (?, ?)",
        arguments: [job, StoredTime.millis(at)])
      return db.lastInsertedRowID
    }
  }

  /// Finishes a run log entry.
  public func finishRun(id: Int64, at: Date, outcome: String, detail: String?) throws {
    try grdbWrite { db in
      try db.execute(
        sql: "UPDATE run_log SET finished_at = ?, outcome = ?, detail = ? WHERE id = ?",
        arguments: [StoredTime.millis(at), outcome, detail, id])
    }
  }

  /// The latest runs of a job, newest first.
  public func runs(job: String, limit: Int) throws -> [RunLogEntry] {
    try grdbRead { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM run_log WHERE job = ? ORDER BY started_at DESC, id DESC LIMIT ?",
        arguments: [job, limit]
      ).map {
        RunLogEntry(
          id: $0["id"], job: $0["job"], startedAt: StoredTime.date($0["started_at"]),
          finishedAt: ($0["finished_at"] as Int64?).map(StoredTime.date),
          outcome: $0["outcome"], detail: $0["detail"])
      }
    }
  }

  /// Audit entries, optionally for one unit and from a time on, oldest first.
  public func auditEntries(unitID: String?, since: Date?) throws -> [AuditEntry] {
    try grdbRead { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM audit WHERE (?1 IS NULL OR unit_id = ?1) AND (?2 IS NULL OR at >= ?2)
          ORDER BY at, id
          """, arguments: [unitID, since.map(StoredTime.millis)]
      ).map {
        AuditEntry(
          id: $0["id"], at: StoredTime.date($0["at"]), actor: $0["actor"],
          action: $0["action"], entity: $0["entity"], entityID: $0["entity_id"],
          unitID: $0["unit_id"], before: $0["before"], after: $0["after"])
      }
    }
  }
}
