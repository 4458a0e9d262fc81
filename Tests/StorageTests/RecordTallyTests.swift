import Foundation
import Testing

@testable import Storage

/// The reads a report makes: many units' records at once, and per-occurrence tallies.
@Suite("Record tallies and bulk reads for reports")
struct RecordTallyTests {
  /// A store that answers only through the protocol's default implementations.
  struct Plain: RecordStore {
    let base: any RecordStore
    func addRecord(_ r: LedgerRecord, evidenceFiles: [URL], by: String) throws -> LedgerRecord {
      try base.addRecord(r, evidenceFiles: evidenceFiles, by: by)
    }
    func addRecords(_ r: [LedgerRecord], by: String) throws -> Int {
      try base.addRecords(r, by: by)
    }
    func undoLatestRecord(of key: OccurrenceKey, by: String) throws -> LedgerRecord {
      try base.undoLatestRecord(of: key, by: by)
    }
    func records(unitID: String, period: String) throws -> [LedgerRecord] {
      try base.records(unitID: unitID, period: period)
    }
    func records(of key: OccurrenceKey) throws -> [LedgerRecord] { try base.records(of: key) }
    func ensureOccurrences(_ o: [Occurrence]) throws { try base.ensureOccurrences(o) }
    func occurrences(unitID: String, period: String) throws -> [Occurrence] {
      try base.occurrences(unitID: unitID, period: period)
    }
    func evidenceContent(_ ref: EvidenceRef) throws -> Data { try base.evidenceContent(ref) }
  }

  func seeded(_ backend: Backend) throws -> Scratch {
    let s = try Scratch(backend)
    try s.seed()
    func add(
      _ unit: String, _ item: String, _ period: String, _ values: [String: Double], at: Double
    ) throws {
      _ = try s.store.addRecord(
        LedgerRecord(
          key: OccurrenceKey(unitID: unit, itemID: item, period: period),
          doneAt: Date(timeIntervalSince1970: at), values: values), evidenceFiles: [], by: "t")
    }
    try add("dh-xx", "rate", "2026-11", ["优秀数": 40, "总数": 50], at: 100)
    try add("dh-xx", "rate", "2026-11", ["优秀数": 45, "总数": 50], at: 200)
    try add("dh-xx", "patrol", "2026-11-02", [:], at: 100)
    try add("dh-zx", "patrol", "2026-11-02", [:], at: 100)
    try add("dh-zx", "patrol", "2026-11-03", [:], at: 100)
    try add("dh-zx", "rate", "2026-10", ["优秀数": 1, "总数": 2], at: 100)
    return s
  }

  @Test(
    "tallies count records per occurrence and carry the latest values of the asked items",
    arguments: Backend.all)
  func tallies(_ backend: Backend) throws {
    let s = try seeded(backend)
    let periods = ["2026-11", "2026-11-02", "2026-11-03"]
    let tallies = try s.store.recordTallies(
      unitIDs: ["dh-zx", "dh-xx"], periods: periods, valuesOf: ["rate"])
    let byKey = Dictionary(
      uniqueKeysWithValues: tallies.map {
        ("\($0.key.unitID)/\($0.key.itemID)/\($0.key.period)", $0)
      })
    #expect(byKey.count == 4)
    #expect(byKey["dh-xx/rate/2026-11"]?.count == 2)
    #expect(byKey["dh-xx/rate/2026-11"]?.latestValues == ["优秀数": 45, "总数": 50])
    #expect(byKey["dh-xx/patrol/2026-11-02"]?.latestValues == nil)
    #expect(byKey["dh-zx/patrol/2026-11-03"]?.count == 1)
    #expect(byKey["dh-zx/rate/2026-10"] == nil)
    // The protocol's default implementation, built on per-period reads, agrees.
    let plain = try Plain(base: s.store).recordTallies(
      unitIDs: ["dh-zx", "dh-xx"], periods: periods, valuesOf: ["rate"])
    #expect(Set(plain.map(\.key)) == Set(tallies.map(\.key)))
    for t in plain { #expect(byKey["\(t.key.unitID)/\(t.key.itemID)/\(t.key.period)"] == t) }
  }

  @Test("records of many units read in one go match the per-unit reads", arguments: Backend.all)
  func bulkRecords(_ backend: Backend) throws {
    let s = try seeded(backend)
    let bulk = try s.store.records(
      unitIDs: ["dh-xx", "dh-zx"], periods: ["2026-11", "2026-11-02"])
    let single =
      try s.store.records(unitID: "dh-xx", period: "2026-11")
      + s.store.records(unitID: "dh-xx", period: "2026-11-02")
      + s.store.records(unitID: "dh-zx", period: "2026-11-02")
    #expect(Set(bulk.map(\.id)) == Set(single.map(\.id)))
    #expect(bulk.count == 4)
  }

  @Test(
    arguments: [
      ("{}", [:]), ("{\"甲\":1}", ["甲": 1]), ("{\"a\":1.5,\"b\":-2}", ["a": 1.5, "b": -2]),
      ("{\"a,b\":1}", ["a,b": 1]), ("{\"q\\\"\":3}", ["q\"": 3]),
    ] as [(String, [String: Double])])
  func numbers(text: String, expected: [String: Double]) {
    #expect(JSONText.decodeNumbers(text) == expected)
  }
}
