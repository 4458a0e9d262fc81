import Foundation
import Scheduling
import Storage
import Testing

@testable import Host

/// A roll-up reads its children's progress from per-occurrence tallies, numbered by slots
/// shared between units expanded alike; a report on one unit reads every record. Both
/// must count the same.
@Suite("Progress of many units: the roll-up's tallies agree with each unit's own reading")
struct ProgressReaderTests {
  @Test("per item: total, done, overdue and achieved as each unit's detailed reading has them")
  func talliesMatchDetail() throws {
    let (ledger, job) = try ReportJobTests().ledger()
    // A fourth school with terms of its own: a second kind of unit, with its own slots.
    try ledger.store.importDirectory(
      DirectoryBatch(
        units: [
          OrgUnit(
            id: "s4", name: "四小", type: "school", parentID: "b",
            terms: [.init(name: "秋季学期", start: "2026-09-01", end: "2027-01-20")])
        ], people: [], roles: []), by: "test")
    _ = try ledger.store.addRecord(
      LedgerRecord(
        key: OccurrenceKey(unitID: "s4", itemID: "b.rate", period: "2026-11"),
        doneAt: ReportJobTests.tenthOfNovember,
        values: ["优秀数": 49, "总数": 50]), evidenceFiles: [], by: "test")
    let reader = ProgressReader(catalog: job.catalog, calendar: job.calendar, store: ledger.store)
    let key = Scheduling.PeriodKey("2026-11")
    let period = try #require(key)
    // The 20th is over (judged on 1 December): b.rate, due that day, is overdue where undone.
    let (day, today) = (CivilDate(2026, 11, 20), CivilDate(2026, 12, 1))
    var problems: [PluginProblem] = []
    // Out of order, and one unit twice: each read stands on its own.
    let units = try ["s4", "s3", "s1", "s2", "s3"].map { try #require(try ledger.store.unit($0)) }
    let children = try reader.read(
      units, period: period, asOf: day, today: today, detail: false, problems: &problems)
    #expect(children.map(\.progress.unit.id) == ["s4", "s3", "s1", "s2", "s3"])
    for child in children {
      let own = try reader.read(
        [child.progress.unit], period: period, asOf: day, today: today, detail: true,
        problems: &problems)[0]
      #expect(summary(child.progress) == summary(own.progress), "\(child.progress.unit.id)")
      #expect(child.progress.entries.isEmpty)
    }
    #expect(problems.isEmpty)
    let s4 = try #require(children.first)
    #expect(s4.progress.done == 1)
    #expect(summary(s4.progress).contains("b.rate 1/1/0/1"))
    #expect(summary(children[1].progress) == summary(children[4].progress))
  }

  /// One line per item: id, total/done/overdue/achieved.
  func summary(_ progress: UnitProgress) -> [String] {
    progress.items.map { "\($0.item.id) \($0.total)/\($0.done)/\($0.overdue)/\($0.achieved)" }
  }
}
