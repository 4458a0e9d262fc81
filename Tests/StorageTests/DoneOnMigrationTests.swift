import Foundation
import GRDB
import Testing

@testable import Storage

/// A ledger written before records had a done-on day gets the day of each entry in
/// Beijing time (UTC+8) when it is migrated.
@Suite("Migrating records to a done-on day")
struct DoneOnMigrationTests {
  @Test func sqliteMigrationFillsTheEntryDay() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("taizhang-migrate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("old.sqlite").path
    let old = try SQLiteStore(path: path, migrate: false)
    _ = try old.migrate(through: "createPluginData")
    try old.write { db in
      try db.execute("INSERT INTO unit (id, name, type) VALUES ('dh-xx', '东河小学', 'school')")
      try db.execute(
        "INSERT INTO occurrence (unit_id, item_id, period) VALUES ('dh-xx', 'fire-drill', '2026-11')"
      )
      // 2026-11-30 17:30 UTC (1 December in Beijing) and 2026-11-30 15:00 UTC.
      try db.execute(
        "INSERT INTO record (occurrence_id, done_at) VALUES (1, 1796059800000), (1, 1796050800000)")
    }
    let store = try SQLiteStore(path: path)
    let days = try store.pool.read { db in
      try String.fetchAll(db, sql: "SELECT done_on FROM record ORDER BY done_at")
    }
    #expect(days == ["2026-11-30", "2026-12-01"])
  }
}
