import Foundation
import GRDB
import Testing

@testable import Storage

/// Migrations run from an empty file and from every earlier schema.
@Suite("Migrations")
struct MigrationTests {
  @Test func fromEmpty() throws {
    let scratch = try SQLiteScratch()
    #expect(try scratch.store.appliedMigrations() == Schema.migrationNames)
  }

  @Test(arguments: Schema.migrationNames.dropLast())
  func fromEarlierSchema(upTo name: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("taizhang-migrate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("old.sqlite").path
    let old = try DatabasePool(path: path)
    try Schema.migrator.migrate(old, upTo: name)
    try old.write { db in
      try db.execute(sql: "INSERT INTO unit (id, name, type) VALUES ('nx-xx', '南溪小学', 'school')")
    }
    try old.close()
    let store = try SQLiteStore(path: path)
    #expect(try store.appliedMigrations() == Schema.migrationNames)
    #expect(try store.unit("nx-xx")?.name == "南溪小学")
  }

  @Test func walAndForeignKeys() throws {
    let scratch = try SQLiteScratch()
    let (mode, keys) = try scratch.store.pool.read { db in
      (
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
      )
    }
    #expect(mode == "wal")
    #expect(keys == 1)
  }
}
