import Foundation
import Testing

@testable import Storage

/// Every change leaves an audit entry with who, when, what, before and after.
@Suite("Audit trail")
struct AuditTests {
  @Test(arguments: Backend.all) func changesAreAudited(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    var unit = try #require(try s.store.unit("dh-xx"))
    unit.name = "东河实验小学"
    try s.store.updateUnit(unit, by: "inspector-li")
    let edit = try #require(try s.store.auditEntries(unitID: "dh-xx", since: nil).last)
    #expect(edit.actor == "inspector-li")
    #expect(edit.action == "edit")
    #expect(edit.before?.contains("东河小学") == true)
    #expect(edit.after?.contains("东河实验小学") == true)
  }

  @Test(arguments: Backend.all) func whoTickedAnItemAndWhen(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let when = Date(timeIntervalSince1970: 1_795_000_000)  // date -u -d @1795000000: 11:06:40Z
    let key = OccurrenceKey(unitID: "dh-zx", itemID: "meal-check", period: "2026-11")
    _ = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: when, byPersonID: "bai-tao"), evidenceFiles: [], by: "clerk")
    let entry = try #require(
      try s.store.auditEntries(unitID: "dh-zx", since: nil).first { $0.action == "record" })
    #expect(entry.actor == "clerk")
    #expect(entry.at == when)
    #expect(entry.after?.contains("\"by\":\"bai-tao\"") == true)
    #expect(entry.after?.contains("\"doneAt\":\"2026-11-18T11:06:40Z\"") == true)
    let later = try s.store.auditEntries(unitID: "dh-zx", since: when.addingTimeInterval(1))
    #expect(!later.contains { $0.action == "record" })
  }

  @Test(arguments: Backend.all) func refusedChangesLeaveNoEntry(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let count = try s.store.auditEntries(unitID: nil, since: nil).count
    _ = try? s.store.addUnit(OrgUnit(id: "dh-xx", name: "重复", type: "school"), by: "a")
    #expect(try s.store.auditEntries(unitID: nil, since: nil).count == count)
  }

  @Test(arguments: Backend.all) func bulkLoadIsAuditedAsOneEntry(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let records = (1...3).map { n in
      LedgerRecord(
        key: OccurrenceKey(unitID: "dh-xx", itemID: "check-\(n)", period: "2026-11"),
        doneAt: Date(), byPersonID: "qian-hong")
    }
    #expect(try s.store.addRecords(records, by: "loader") == 3)
    let stored = try s.store.records(unitID: "dh-xx", period: "2026-11")
    #expect(stored.map(\.byPersonID) == ["qian-hong", "qian-hong", "qian-hong"])
    let batch = try #require(
      try s.store.auditEntries(unitID: nil, since: nil).first { $0.action == "record-batch" })
    #expect(batch.actor == "loader")
    let ids = stored.map(\.id).sorted()
    #expect(batch.entityID == "#\(ids[0])-#\(ids[2])")
    #expect(batch.after?.contains("\"count\":3") == true)
  }
}
