import Foundation
import GRDB

extension SQLiteStore {
  /// The database file name inside a backup folder.
  public static let backupDatabaseName = "taizhang.sqlite"

  /// Writes a consistent snapshot (SQLite backup API inside one read transaction) and
  /// then the evidence files into a new folder. Evidence is append-only, so copying it
  /// after the snapshot covers every file the snapshot refers to.
  public func backup(to folder: URL) throws {
    let fm = FileManager.default
    let target = folder.appendingPathComponent(Self.backupDatabaseName)
    if fm.fileExists(atPath: target.path) {
      throw StoreError(.duplicate, "备份目录 \"\(folder.path)\" 中已有数据库，请换一个目录")
    }
    do {
      try fm.createDirectory(at: folder, withIntermediateDirectories: true)
      let destination = try DatabaseQueue(path: target.path)
      try pool.backup(to: destination)
      try destination.close()
      try vault.copy(to: EvidenceVault(root: folder.appendingPathComponent("evidence")))
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
    let source = folder.appendingPathComponent(Self.backupDatabaseName)
    guard FileManager.default.fileExists(atPath: source.path) else {
      throw StoreError(.notFound, "备份目录 \"\(folder.path)\" 中没有 \(Self.backupDatabaseName)")
    }
    let backupVault = EvidenceVault(root: folder.appendingPathComponent("evidence"))
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
      for sha in hashes { _ = try backupVault.content(of: sha) }
      try backupVault.copy(to: vault)
      try queue.backup(to: pool)
      try queue.close()
      try Schema.migrator.migrate(pool)
      try grdbWrite { db in
        try audit(
          db, actor: actor, action: "restore", entity: "store", entityID: path, unitID: nil,
          before: nil, after: JSONText.object([("from", JSONText.string(folder.path))]))
      }
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError {
      throw StoreError(.corrupt, "无法读取备份 \"\(source.path)\"：\(error.message ?? "\(error)")")
    } catch {
      throw StoreError(.io, "恢复失败：\(error.localizedDescription)")
    }
  }
}
