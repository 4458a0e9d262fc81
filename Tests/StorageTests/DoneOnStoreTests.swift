import Foundation
import Testing

@testable import PostgresStorage
@testable import Storage

/// The day the work was done, stored apart from the moment it was entered.
@Suite("Records keep the day the work was done")
struct DoneOnStoreTests {
  let key = OccurrenceKey(unitID: "dh-xx", itemID: "fire-drill", period: "2026-11")

  @Test(arguments: Backend.all) func doneOnIsStoredAndRead(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    // Entered on 4 December, done on 20 November.
    let entered = Date(timeIntervalSince1970: 1_796_400_000)
    let one = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: entered, doneOn: "2026-11-20"), evidenceFiles: [], by: "a")
    _ = try s.store.addRecords(
      [LedgerRecord(key: key, doneAt: entered, doneOn: "2026-11-25", values: ["n": 1])], by: "a")
    let read = try s.store.records(of: key)
    #expect(read.map(\.doneOn) == ["2026-11-20", "2026-11-25"])
    #expect(read.first == one)
    let tallies = try s.store.recordTallies(unitIDs: ["dh-xx"], periods: ["2026-11"], valuesOf: [])
    #expect(tallies.map(\.lastDoneOn) == ["2026-11-25"])
  }

  @Test func defaultIsTheEntryDayInBeijing() {
    // 2026-11-30 17:30 UTC is 1 December 01:30 in Beijing.
    let late = Date(timeIntervalSince1970: 1_796_059_800)
    #expect(LedgerRecord(key: key, doneAt: late).doneOn == "2026-12-01")
  }

  @Test func postgresMigrationFillsTheEntryDay() throws {
    guard Backend.all.contains(.postgres) else { return }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("taizhang-migrate-\(UUID().uuidString)")
    let url = try Backend.freshURL(evidence: folder.appendingPathComponent("evidence"))
    let parsed = try PostgresURL(url)
    let store = try PostgresStore(
      url: parsed, evidence: URL(fileURLWithPath: parsed.evidence ?? folder.path), migrate: false)
    _ = try store.migrate(through: "createPluginData")
    try store.write { db in
      _ = try db.execute("INSERT INTO unit (id, name, type) VALUES ('dh-xx', '东河小学', 'school')")
      _ = try db.execute(
        "INSERT INTO occurrence (unit_id, item_id, period) VALUES ('dh-xx', 'fire-drill', '2026-11')"
      )
      _ = try db.execute(
        "INSERT INTO record (occurrence_id, done_at) SELECT id, 1796059800000 FROM occurrence UNION ALL SELECT id, 1796050800000 FROM occurrence"
      )
    }
    _ = try store.migrate()
    #expect(try store.records(of: key).map(\.doneOn) == ["2026-11-30", "2026-12-01"])
  }
}
