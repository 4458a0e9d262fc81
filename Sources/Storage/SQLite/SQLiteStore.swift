import Foundation
import GRDB
import GRDBSQLite

/// The ledger in one SQLite file (WAL, foreign keys on, busy timeout), with its evidence
/// folder `evidence/` beside the file. Safe to use from several threads and processes.
public final class SQLiteStore: LedgerStore, Store, TableStore, @unchecked Sendable {
  let pool: DatabasePool

  /// Opens (creating and migrating when needed) the database at `path`.
  ///
  /// With `create: false` a missing file throws `.notFound` instead of being created;
  /// with `migrate: false` the schema is left as it is (see `pendingMigrations()`).
  public init(path: String, create: Bool = true, migrate: Bool = true) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    if FileManager.default.fileExists(atPath: path) {
      try Self.checkDatabaseFile(path, creating: create)
    } else {
      guard create else {
        throw StoreError(.notFound, "数据库 \"\(path)\" 不存在；请先运行 taizhang init")
      }
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw StoreError(.io, "无法创建数据库目录 \"\(folder.path)\"")
      }
    }
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: Self.configuration())
    } catch let error as DatabaseError {
      throw StoreError(.io, "无法打开数据库 \"\(path)\"：\(error.message ?? "\(error)")")
    }
    self.pool = pool
    super.init(
      path: path,
      vault: EvidenceVault(root: folder.appendingPathComponent("evidence", isDirectory: true)),
      engine: SQLiteEngine(pool: pool))
    do {
      if migrate { _ = try self.migrate() }
    } catch let error as StoreError where error.code == .io {
      throw StoreError(.io, "无法打开数据库 \"\(path)\"：\(error.message)")
    }
  }

  /// Refuses a file that is not a SQLite database, before SQLite would quietly make it one:
  /// an empty file (unless `creating`: `taizhang init` may start a ledger in it, there is
  /// nothing to lose) or a file that does not start with SQLite's header.
  static func checkDatabaseFile(_ path: String, creating: Bool) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
      let handle = FileHandle(forReadingAtPath: path)
    else { return }  // SQLite reports what it cannot open
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    if head.isEmpty {
      guard creating else {
        throw StoreError(
          .invalid, "\"\(path)\" 是空文件，不是台账数据库；请检查 --db 路径，或用 taizhang init 在其中新建台账")
      }
      return
    }
    guard head == Data("SQLite format 3\0".utf8) else {
      throw StoreError(.invalid, "\"\(path)\" 不是台账数据库（不是 SQLite 文件）；请检查 --db 路径")
    }
  }

  static func configuration() -> Configuration {
    var config = Configuration()
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(30)
    config.label = "taizhang"
    config.prepareDatabase { db in
      // WAL with synchronous=NORMAL stays consistent after a crash (it may lose the last
      // commits on power loss); a larger page cache keeps big batches from spilling.
      // A bigger WAL between checkpoints: a large remind run checkpoints (and syncs) a few
      // times instead of dozens. Temporary tables in memory: SQLite keeps the rows of every
      // `RETURNING` in one, and opening a temporary file for each insert of a bulk load
      // took most of its time.
      try db.execute(
        sql: """
          PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384;
          PRAGMA temp_store = MEMORY
          """)
      // Keep the -wal file when the last connection closes. Otherwise every open finds it
      // missing and GRDB writes (and syncs) a dummy transaction to recreate it, which was
      // half of a cold `remind --dry-run` on an empty ledger.
      var persist: Int32 = 1
      _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
    }
    return config
  }

  static func translate(_ error: DatabaseError) -> StoreError { SQLiteErrors.translate(error) }
}
