import Foundation
import Testing

@testable import Storage

/// A judgement as of a day counts work done by that day and entered by its end — on both
/// engines' grouped tallies and in the protocol's default, which must agree.
@Suite("Tallies as of a day: done by it, entered by its end")
struct RecordCutoffTests {
  /// 30 November 2026, 12:00 and 23:59 and 1 December 00:30 in Beijing (UTC+8).
  static let noon30 = Date(timeIntervalSince1970: 1_796_011_200)
  static let late30 = Date(timeIntervalSince1970: 1_796_054_340)
  static let early1 = Date(timeIntervalSince1970: 1_796_056_200)

  @Test("records done after the day, or entered after its end, are not counted", arguments: Backend.all)
  func cutoff(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    func add(_ doneOn: String, _ entered: Date, _ value: Double) throws {
      _ = try s.store.addRecord(
        LedgerRecord(
          key: OccurrenceKey(unitID: "dh-xx", itemID: "rate", period: "2026-11"), doneAt: entered, doneOn: doneOn,
          values: ["优秀数": value, "总数": 50]), evidenceFiles: [], by: "t")
    }
    try add("2026-11-28", Self.noon30, 40)  // counted
    try add("2026-11-30", Self.late30, 41)  // counted: entered before the day ended
    try add("2026-11-29", Self.early1, 42)  // entered after: 补录, not counted
    try add("2026-12-01", Self.early1, 43)  // done after the day: not counted
    let cutoff = RecordCutoff(year: 2026, month: 11, day: 30, zone: TimeZone(identifier: "Asia/Shanghai") ?? .gmt)
    for store in [s.store as any RecordStore, RecordTallyTests.Plain(base: s.store)] {
      let tally = try #require(
        try store.recordTallies(unitIDs: ["dh-xx"], periods: ["2026-11"], valuesOf: ["rate"], cutoff: cutoff).first)
      #expect(tally.count == 2)
      #expect(tally.latestValues?["优秀数"] == 41)
      #expect(tally.lastDoneOn == "2026-11-30")
      let all = try #require(try store.recordTallies(unitIDs: ["dh-xx"], periods: ["2026-11"], valuesOf: ["rate"]).first)
      #expect(all.count == 4)
    }
  }
}
