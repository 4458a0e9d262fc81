import Foundation
import Rendering
import Scheduling
import Storage
import Testing

@testable import Host

/// A metric's verdict covers the whole period and every score comes with its reasons
/// (Fixtures/verdicts/patrol: a daily "≥ 2 节" check (weight 2), a monthly report (1) and
/// a veto pledge (1), November 2026 judged as of the 30th: 30 patrol days).
@Suite("Verdicts agree with the numbers: metrics over the period, score deductions, vetoes by title")
struct MetricVerdictTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/verdicts")

  func job(patrolled days: [(Int, Double)], report: Bool, pledge: Bool) throws -> ReportJob {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tz-verdict-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: folder.appendingPathComponent("l.sqlite").path)
    try store.importDirectory(
      DirectoryBatch(units: [OrgUnit(id: "s", name: "实验小学", type: "school")], people: [], roles: []), by: "t")
    // Entered at noon in Beijing on the day (a daily check) or on 10 November: in time.
    func done(_ item: String, _ period: String, _ values: [String: Double] = [:]) throws {
      let day = period.count == 10 ? Int(period.suffix(2)) ?? 10 : 10
      let entered = Date(timeIntervalSince1970: 1_793_505_600 + Double(day - 1) * 86_400)
      _ = try store.addRecord(
        LedgerRecord(key: OccurrenceKey(unitID: "s", itemID: item, period: period), doneAt: entered, values: values),
        evidenceFiles: [], by: "t")
    }
    for (day, lessons) in days { try done("t.patrol", String(format: "2026-11-%02d", day), ["查课节数": lessons]) }
    if report { try done("t.report", "2026-11") }
    if pledge { try done("t.pledge", "2026-11") }
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [Self.fixtures]))
    #expect(catalog.problems.map(\.description) == [])
    return ReportJob(ledger: Ledger(store: store, actor: "t", path: folder.path), catalog: catalog, calendar: .weekendsOnly)
  }

  /// The report's lines as of 30 November, made on `today` (by default a later day, so the
  /// 30th is over).
  func lines(_ job: ReportJob, today: CivilDate = CivilDate(2026, 12, 1)) throws -> [String] {
    try job.document(kind: "verdicts", unitID: "s", period: "2026-11", date: "2026-11-30", today: today)
      .blocks.compactMap {
        if case .paragraph(let p) = $0 { return p.plainText } else { return nil }
      }
  }

  @Test("a daily metric missed on 9 of 30 days is not on target, though its latest value is")
  func dailyMisses() throws {
    // Patrolled 21 days with 2 lessons each, the last (30th) among them: latest value on target.
    let patrolled = (1...21).map { ($0, 2.0) } .dropLast() + [(30, 2.0)]
    let out = try lines(job(patrolled: Array(patrolled), report: true, pledge: true))
    #expect(out.contains("metric 每日随机查课 met=false count=21 missed=9 latest=2节"), "\(out)")
  }

  @Test("a metric done on target every day is 达标; one day under target is not")
  func everyDay() throws {
    let all = (1...30).map { ($0, 3.0) }
    #expect(try lines(job(patrolled: all, report: true, pledge: true)).contains(
      "metric 每日随机查课 met=true count=30 missed=0 latest=3节"))
    var oneLow = all
    oneLow[4] = (5, 1.0)
    #expect(try lines(job(patrolled: oneLow, report: true, pledge: true)).contains(
      "metric 每日随机查课 met=false count=29 missed=1 latest=3节"))
  }

  @Test("deductions add up to 100 minus the score, largest first; a failed veto is named by title")
  func deductions() throws {
    // Weights 2 + 1 + 1 = 4. Patrolled 1–21; 22–30 are overdue, the 30th too since that day
    // is over (judged on 1 December): 21 of 30 counted → loses 2/4 × 9/30 × 100 = 15 points;
    // the pledge 0/1 → 1/4 × 100 = 25; the report done → 0. Score 100 − 40 = 60, but the
    // pledge is a veto item: 不合格.
    let patrolled = (1...21).map { ($0, 2.0) }
    let job = try job(patrolled: patrolled, report: true, pledge: false)
    let out = try lines(job)
    #expect(out.first == "score 60 不合格 weight 4 vetoed 签署师德承诺", "\(out)")
    #expect(Array(out.dropFirst().prefix(2)) == ["deduct 签署师德承诺 0/1 25", "deduct 每日随机查课 21/30 15"])
    // Judged on the 30th itself, the day's check is still due, not late: 21 of 29 counted →
    // loses 2/4 × 8/29 × 100 = 13.79; score 100 − 38.79 = 61.2.
    let live = try lines(job, today: CivilDate(2026, 11, 30))
    #expect(live.first == "score 61.2 不合格 weight 4 vetoed 签署师德承诺", "\(live)")
    #expect(Array(live.dropFirst().prefix(2)) == ["deduct 签署师德承诺 0/1 25", "deduct 每日随机查课 21/29 13.8"])
  }
}
