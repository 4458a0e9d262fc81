import Foundation
import Testing

@testable import Storage

/// Bulk loads larger than one multi-row statement.
@Suite("Bulk records")
struct BulkRecordTests {
  /// More rows than a multi-row statement would take (not a round number).
  let count = 437

  func key(_ n: Int) -> OccurrenceKey {
    OccurrenceKey(
      unitID: n % 2 == 0 ? "dh-xx" : "dh-zx", itemID: "检查-\(n % 7)",
      period: String(format: "2026-%02d", n % 3 + 1))
  }

  @Test(arguments: Backend.all) func largeBatchKeepsOccurrencesAndValues(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    // One occurrence exists beforehand with a due date; the load must reuse it.
    let early = Occurrence(key: key(0), due: "2026-01-31")
    try s.store.ensureOccurrences([early])
    let before = try s.store.occurrences(unitID: "dh-xx", period: "2026-01")
    let base = Date(timeIntervalSince1970: 1_767_225_600)
    let records = (0..<count).map { n in
      LedgerRecord(
        key: key(n), doneAt: base.addingTimeInterval(Double(n)),
        byPersonID: n % 3 == 0 ? "qian-hong" : nil,
        note: n % 5 == 0 ? "" : (n % 5 == 1 ? nil : "备注 \"\(n)\""),
        values: n % 4 == 0 ? [:] : ["甲": Double(n), "b": 0.5])
    }
    #expect(try s.store.addRecords(records, by: "loader") == count)

    var stored: [LedgerRecord] = []
    for k in Set(records.map(\.key)) { stored += try s.store.records(of: k) }
    #expect(stored.count == count)
    let byTime = stored.sorted { $0.doneAt < $1.doneAt }
    for (original, saved) in zip(records, byTime) {
      #expect(saved.key == original.key && saved.byPersonID == original.byPersonID)
      #expect(saved.note == original.note && saved.values == original.values)
    }
    // The earlier occurrence keeps its due date; distinct keys became one occurrence each.
    let after = try s.store.occurrences(unitID: "dh-xx", period: "2026-01")
    #expect(after.first { $0.key == early.key } == early)
    #expect(before.count == 1 && after.count == Set(records.map(\.key)).filter {
      $0.unitID == "dh-xx" && $0.period == "2026-01"
    }.count)
    // The audit entry names the whole, contiguous range of new ids.
    let ids = stored.map(\.id).sorted()
    #expect(ids.last! - ids.first! == Int64(count - 1))
    let entry = try #require(
      try s.store.auditEntries(unitID: nil, since: nil).first { $0.action == "record-batch" })
    #expect(entry.entityID == "#\(ids.first!)-#\(ids.last!)")
  }

  @Test(arguments: Backend.all) func failureInALaterStatementLeavesNothing(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    var records = (0..<count).map { LedgerRecord(key: key($0), doneAt: Date()) }
    records[count - 1].byPersonID = "nobody"
    #expect(throws: StoreError.self) { try s.store.addRecords(records, by: "loader") }
    records[count - 1].byPersonID = nil
    records[count - 2].key.unitID = "nowhere"
    #expect(throws: StoreError.self) { try s.store.addRecords(records, by: "loader") }
    for k in Set(records.map(\.key)) { #expect(try s.store.records(of: k).isEmpty) }
    #expect(try s.store.occurrences(unitID: "dh-xx", period: "2026-01").isEmpty)
    #expect(
      try s.store.auditEntries(unitID: nil, since: nil).allSatisfy { $0.action != "record-batch" })
  }
}
