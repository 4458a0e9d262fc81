import Foundation
import Testing

@testable import PostgresStorage
@testable import Storage

/// Every backend applies the same migrations by name, records them, and reports none
/// pending afterwards; tables are the ones a whole-store copy moves.
@Suite("Migrations on every backend")
struct BackendMigrationTests {
  @Test(arguments: Backend.all) func sameMigrationsByName(_ backend: Backend) throws {
    let s = try Scratch(backend)
    #expect(try s.store.appliedMigrations() == LedgerSchema.names)
    #expect(try s.store.pendingMigrations().isEmpty)
    #expect(try s.store.migrate().isEmpty)
    #expect(try s.store.tableNames().sorted() == LedgerTables.all.map(\.name).sorted())
  }

  @Test(arguments: Backend.all) func pendingListedThenApplied(_ backend: Backend) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("taizhang-migrate-\(UUID().uuidString)")
    let location = try backend.location(in: folder)
    let bare = try Backend.open(location, create: true, migrate: false)
    #expect(try bare.pendingMigrations() == LedgerSchema.names)
    #expect(try bare.appliedMigrations().isEmpty)
    #expect(try bare.migrate() == LedgerSchema.names)
    let again = try Backend.open(location, create: false, migrate: false)
    #expect(try again.appliedMigrations() == LedgerSchema.names)
    #expect(try again.pendingMigrations().isEmpty)
  }

  /// One list serves both engines: every migration has DDL for each, under one name.
  @Test func oneListForBothEngines() {
    #expect(Set(LedgerSchema.names).count == LedgerSchema.migrations.count)
    for migration in LedgerSchema.migrations {
      #expect(!migration.sql(for: .sqlite).isEmpty && !migration.sql(for: .postgres).isEmpty)
    }
  }

  @Test func postgresURLs() throws {
    let url = try PostgresURL(
      "postgres://li:s3cret@db.example:6543/ledger?schema=hx&sslmode=require")
    #expect(url.host == "db.example" && url.port == 6543 && url.database == "ledger")
    #expect(url.user == "li" && url.password == "s3cret" && url.schema == "hx")
    #expect(!url.redacted.contains("s3cret"))
    for bad in [
      "postgres://db/ledger", "postgres://li@/ledger", "postgres://li@db",
      "postgres://li@db/x?foo=1",
      "postgres://li@db/x?evidence=relative", "postgres://li@db/x?schema=a;drop",
    ] {
      let error = #expect(throws: StoreError.self) { try PostgresURL(bad) }
      #expect(error?.code == .invalid)
    }
  }
}
