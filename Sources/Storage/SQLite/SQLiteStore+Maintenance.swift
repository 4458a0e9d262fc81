import Foundation
import GRDB

extension SQLiteStore {
  /// Writes a consistent snapshot (SQLite backup API inside one read transaction) and
  /// then the evidence files into a new folder. Evidence is append-only, so copying it
  /// after the snapshot covers every file the snapshot refers to.
  public func backup(to folder: URL) throws {
    let target = try Self.backupTarget(in: folder)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let destination = try DatabaseQueue(path: target.path)
      try pool.backup(to: destination)
      try destination.close()
      try vault.copy(to: Self.backupVault(in: folder))
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError {
      throw Self.translate(error)
    } catch {
      throw StoreError(.io, "无法写入备份目录 \"\(folder.path)\"：\(error.localizedDescription)")
    }
  }

  /// Replaces the ledger with a backup's, after checking the backup's integrity and that
  /// every evidence file it refers to is present and intact.
  public func restore(from folder: URL, by actor: String) throws {
    let source = try Self.backupSource(in: folder)
    do {
      var config = Configuration()
      config.readonly = true
      let queue = try DatabaseQueue(path: source.path, configuration: config)
      let hashes = try queue.read { db -> [String] in
        let check = try String.fetchOne(db, sql: "PRAGMA integrity_check")
        guard check == "ok" else {
          throw StoreError(.corrupt, "备份数据库未通过完整性检查：\(check ?? "")")
        }
        return try String.fetchAll(db, sql: "SELECT sha256 FROM evidence")
      }
      try takeEvidence(hashes, from: Self.backupVault(in: folder))
      try queue.backup(to: pool)
      try queue.close()
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError {
      throw StoreError(.corrupt, "无法读取备份 \"\(source.path)\"：\(error.message ?? "\(error)")")
    } catch {
      throw StoreError(.io, "恢复失败：\(error.localizedDescription)")
    }
    _ = try migrate()
    try auditRestore(from: folder, by: actor)
  }
}
