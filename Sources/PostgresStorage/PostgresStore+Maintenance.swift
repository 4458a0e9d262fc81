import Foundation
import Storage

extension PostgresStore {
  /// Writes a consistent snapshot as a SQLite backup folder (the same layout as a SQLite
  /// store's backup, so either backend restores it), then the evidence files.
  public func backup(to folder: URL) throws {
    let target = try Self.backupTarget(in: folder)
    let rows = try readTables()
    let copy = try SQLiteStore(path: target.path)
    try copy.replaceTables(rows)
    do {
      try vault.copy(to: copy.vault)
    } catch {
      throw StoreError(.io, "无法写入备份目录 \"\(folder.path)\"：\(error.localizedDescription)")
    }
  }

  /// Replaces the ledger with a backup folder's, after checking every evidence file it
  /// refers to is present and intact; audited.
  public func restore(from folder: URL, by actor: String) throws {
    let source = try Self.backupSource(in: folder)
    let backup = try SQLiteStore(path: source.path, create: false)
    let rows = try backup.readTables()
    try takeEvidence(StoreDigest.evidenceHashes(rows), from: backup.vault)
    try replaceTables(rows)
    try auditRestore(from: folder, by: actor)
  }
}
