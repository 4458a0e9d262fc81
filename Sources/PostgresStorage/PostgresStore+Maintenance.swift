import Foundation
import Storage

extension PostgresStore {
  /// Writes a consistent snapshot as a SQLite backup folder (the same layout as a SQLite
  /// store's backup, so either backend restores it), then the evidence files.
  public func backup(to folder: URL) throws {
    let target = folder.appendingPathComponent(SQLiteStore.backupDatabaseName)
    if FileManager.default.fileExists(atPath: target.path) {
      throw StoreError(.duplicate, "备份目录 \"\(folder.path)\" 中已有数据库，请换一个目录")
    }
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
    let source = folder.appendingPathComponent(SQLiteStore.backupDatabaseName)
    guard FileManager.default.fileExists(atPath: source.path) else {
      throw StoreError(.notFound, "备份目录 \"\(folder.path)\" 中没有 \(SQLiteStore.backupDatabaseName)")
    }
    let backup = try SQLiteStore(path: source.path, create: false)
    let rows = try backup.readTables()
    for row in rows["evidence"] ?? [] {
      if case .text(let sha) = row[0] { _ = try backup.vault.content(of: sha) }
    }
    do {
      try backup.vault.copy(to: vault)
    } catch {
      throw StoreError(.io, "恢复失败：\(error.localizedDescription)")
    }
    try replaceTables(rows)
    try pgWrite { db in
      try audit(
        db, actor: actor, action: "restore", entity: "store", entityID: path, unitID: nil,
        before: nil, after: JSONText.object([("from", JSONText.string(folder.path))]))
    }
  }
}
