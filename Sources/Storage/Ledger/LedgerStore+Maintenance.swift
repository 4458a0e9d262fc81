import Foundation

/// What backups and restores do the same on every engine: a backup folder holds the
/// ledger as a SQLite file beside its evidence folder, so either engine restores it. How
/// the database itself is copied stays with each engine (SQLite's backup API; a
/// PostgreSQL store writes its tables into a new SQLite file).
extension LedgerStore {
  /// The database file name inside a backup folder.
  public static let backupDatabaseName = "taizhang.sqlite"

  /// The database file a backup into `folder` writes; refuses a folder that already
  /// holds one.
  package static func backupTarget(in folder: URL) throws -> URL {
    let target = folder.appendingPathComponent(backupDatabaseName)
    if FileManager.default.fileExists(atPath: target.path) {
      throw StoreError(.duplicate, "备份目录 \"\(folder.path)\" 中已有数据库，请换一个目录")
    }
    return target
  }

  /// The database file of the backup in `folder`; throws when there is none.
  package static func backupSource(in folder: URL) throws -> URL {
    let source = folder.appendingPathComponent(backupDatabaseName)
    guard FileManager.default.fileExists(atPath: source.path) else {
      throw StoreError(.notFound, "备份目录 \"\(folder.path)\" 中没有 \(backupDatabaseName)")
    }
    return source
  }

  /// The evidence folder of the backup in `folder`.
  package static func backupVault(in folder: URL) -> EvidenceVault {
    EvidenceVault(root: folder.appendingPathComponent("evidence"))
  }

  /// Checks that every evidence file the backup refers to is present and intact, then
  /// copies them into this store's vault (evidence is append-only: extra files are
  /// harmless, missing ones are not).
  package func takeEvidence(_ hashes: [String], from backup: EvidenceVault) throws {
    for sha in hashes { _ = try backup.content(of: sha) }
    do {
      try backup.copy(to: vault)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(.io, "恢复失败：\(error.localizedDescription)")
    }
  }

  /// Records a restore from `folder` in the audit trail.
  package func auditRestore(from folder: URL, by actor: String) throws {
    try write { db in
      try audit(
        db, actor: actor, action: "restore", entity: "store", entityID: path, unitID: nil,
        before: nil, after: JSONText.object([("from", JSONText.string(folder.path))]))
    }
  }
}
