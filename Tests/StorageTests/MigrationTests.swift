import Foundation
import GRDB
import Testing

@testable import Storage

/// Migrations run from an empty store and from every earlier schema, on every backend.
@Suite("Migrations")
struct MigrationTests {
  @Test func fromEmpty() throws {
    let scratch = try SQLiteScratch()
    #expect(try scratch.store.appliedMigrations() == LedgerSchema.names)
  }

  @Test(arguments: Backend.all, LedgerSchema.names.dropLast())
  func fromEarlierSchema(_ backend: Backend, upTo name: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("taizhang-migrate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let location = try backend.location(in: folder)
    let old = try #require(try Backend.open(location, migrate: false) as? LedgerStore)
    #expect(try old.migrate(through: name).last == name)
    try old.write { db in
      _ = try db.execute("INSERT INTO unit (id, name, type) VALUES ('nx-xx', '南溪小学', 'school')")
    }
    let store = try Backend.open(location, create: false)
    #expect(try store.appliedMigrations() == LedgerSchema.names)
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
