import Foundation
import Testing

@testable import Storage

/// Occurrences and ledger records.
@Suite("Records")
struct RecordStoreTests {
  let key = OccurrenceKey(unitID: "dh-xx", itemID: "fire-drill", period: "2026-11")

  @Test(arguments: Backend.all) func recordReadUndo(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let done = Date(timeIntervalSince1970: 1_795_000_000)
    let saved = try s.store.addRecord(
      LedgerRecord(
        key: key, doneAt: done, byPersonID: "qian-hong", note: "全校演练", values: ["人数": 412]),
      evidenceFiles: [], by: "admin")
    #expect(saved.id > 0)
    let read = try s.store.records(unitID: "dh-xx", period: "2026-11")
    #expect(read == [saved])
    #expect(try s.store.occurrences(unitID: "dh-xx", period: "2026-11").map(\.key) == [key])
    let second = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: done.addingTimeInterval(60)), evidenceFiles: [], by: "a")
    #expect(try s.store.undoLatestRecord(of: key, by: "admin") == second)
    #expect(try s.store.records(of: key) == [saved])
    // Ids are never reused, so the audit trail never confuses two records.
    let third = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: done), evidenceFiles: [], by: "a")
    #expect(third.id > second.id)
  }

  @Test(arguments: Backend.all) func unknownReferencesRefused(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let stranger = OccurrenceKey(unitID: "nowhere", itemID: "x", period: "2026-11")
    #expect(throws: StoreError.self) {
      try s.store.addRecord(LedgerRecord(key: stranger, doneAt: Date()), evidenceFiles: [], by: "a")
    }
    #expect(throws: StoreError.self) {
      try s.store.addRecord(
        LedgerRecord(key: key, doneAt: Date(), byPersonID: "ghost"), evidenceFiles: [], by: "a")
    }
    let badPeriod = OccurrenceKey(unitID: "dh-xx", itemID: "x", period: "2026-M1")
    #expect(throws: StoreError.self) {
      try s.store.addRecord(
        LedgerRecord(key: badPeriod, doneAt: Date()), evidenceFiles: [], by: "a")
    }
    #expect(try s.store.records(unitID: "dh-xx", period: "2026-11").isEmpty)
  }

  @Test(arguments: Backend.all) func batchIsOneTransaction(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let good = LedgerRecord(key: key, doneAt: Date())
    let bad = LedgerRecord(
      key: OccurrenceKey(unitID: "nowhere", itemID: "x", period: "2026-11"), doneAt: Date())
    #expect(throws: StoreError.self) { try s.store.addRecords([good, bad], by: "a") }
    #expect(try s.store.records(of: key).isEmpty)
    #expect(try s.store.addRecords([good, good], by: "a") == 2)
    let blankNote = LedgerRecord(key: key, doneAt: Date(), note: "", values: ["甲": 1, "乙": 2.5])
    #expect(try s.store.addRecords([blankNote], by: "a") == 1)
    let last = try #require(try s.store.records(of: key).last)
    #expect(last.note == "" && last.values == ["甲": 1, "乙": 2.5])
  }

  @Test(arguments: Backend.all) func ensureOccurrencesIsIdempotent(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let o = Occurrence(key: key, due: "2026-11-30")
    try s.store.ensureOccurrences([o, o])
    try s.store.ensureOccurrences([Occurrence(key: key)])
    #expect(try s.store.occurrences(unitID: "dh-xx", period: "2026-11") == [o])
  }

  @Test(arguments: Backend.all) func aLaterDueDateFillsAMissingOne(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let dated = Occurrence(key: key, due: "2026-11-30")
    try s.store.ensureOccurrences([
      Occurrence(key: key), dated, Occurrence(key: key, due: "2026-12-01"),
    ])
    #expect(try s.store.occurrences(unitID: "dh-xx", period: "2026-11") == [dated])
  }

  @Test(arguments: [
    ("2026", true), ("2026-11", true), ("2026-W47", true), ("2026-Q4", true), ("2026-T1", true),
    ("2026-13", false), ("2026-W54", false), ("2026-Q5", false), ("26-11", false),
    ("2026-1", false), ("2026-11-01", true), ("2026-H2", true), ("2026-H3", false),
    ("2026-13-01", false), ("2026-11-32", false), ("2026-11-1", false), ("", false),
  ])
  func periodKeys(key: String, valid: Bool) {
    #expect(PeriodKey.isValid(key) == valid)
  }
}
