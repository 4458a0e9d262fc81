import Foundation
import Rendering
import Scheduling
import Storage
import Testing

@testable import Host

/// A report body reading the ledger through `tz.store` sees what the report counts: work
/// done by the day judged and entered by its end in Beijing time — never a record entered
/// after midnight in Beijing, though still the day before in UTC.
@Suite("tz.store in a report body honours the report's as-of cutoff")
struct ReportStoreCutoffTests {
  /// 2026-11-30 16:30 UTC: 2026-12-01 00:30 in Beijing, after the end of 30 November there.
  static let halfPastMidnight = Date(timeIntervalSince1970: 1_796_056_200)
  /// 2026-11-30 15:00 UTC: 23:00 on 30 November in Beijing, before its end.
  static let elevenPM = Date(timeIntervalSince1970: 1_796_050_800)
  /// 2026-12-05, the day the reports are made (every day judged below is over).
  static let today = CivilDate(2026, 12, 5)

  @Test("the instants are what their names say")
  func instants() {
    let f = ISO8601DateFormatter()
    f.timeZone = TimeZone(identifier: "Asia/Shanghai")
    #expect(f.string(from: Self.halfPastMidnight) == "2026-12-01T00:30:00+08:00")
    #expect(f.string(from: Self.elevenPM) == "2026-11-30T23:00:00+08:00")
  }

  @Test(
    "records, occurrences and metric values as of 30 November leave out what was entered after it")
  func miniPlugin() throws {
    let (ledger, job) = try ReportJobTests().ledger()
    // s3 had neither the report (due the 27th) nor the rate (due the 20th).
    func add(_ item: String, doneOn: String, at: Date, _ values: [String: Double] = [:]) throws {
      _ = try ledger.store.addRecord(
        LedgerRecord(
          key: OccurrenceKey(unitID: "s3", itemID: item, period: "2026-11"), doneAt: at,
          doneOn: doneOn, values: values),
        evidenceFiles: [], by: "test")
    }
    try add("b.rate", doneOn: "2026-11-30", at: Self.elevenPM, ["优秀数": 41, "总数": 50])
    try add("a.report", doneOn: "2026-11-27", at: Self.halfPastMidnight)  // 补录
    let asOf30 = try lines(
      job.document(
        kind: "store", unitID: "s3", period: "2026-11", date: "2026-11-30", today: Self.today))
    #expect(
      asOf30 == [
        "record a.meeting 2026-11-10", "record b.pledge 2026-11-10", "record b.rate 2026-11-30",
        "occurrence a.meeting 1 true false", "occurrence b.pledge 1 true false",
        "occurrence b.rate 1 true false", "occurrence a.report 0 false true", "metric 41",
      ])
    let asOf1 = try lines(
      job.document(
        kind: "store", unitID: "s3", period: "2026-11", date: "2026-12-01", today: Self.today))
    #expect(asOf1.contains("record a.report 2026-11-27"), "\(asOf1)")
    #expect(asOf1.contains("occurrence a.report 1 true false"), "\(asOf1)")
  }

  @Test(
    "the community's star rating as of 30 November ignores scores entered at 00:30 on 1 December")
  func communityStars() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tz-star-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: folder.appendingPathComponent("l.sqlite").path)
    let ledger = Ledger(store: store, actor: "test", path: folder.path)
    try store.addUnit(OrgUnit(id: "sq", name: "和平路社区", type: "community"), by: "test")
    let dimensions = [
      "创建理念", "办公设施", "班子团结", "居民自治", "民间组织", "社区服务", "实事工程", "主题活动", "文明祥和", "管理良好",
    ]
    func scores(_ stars: Int) -> [String: Double] {
      Dictionary(uniqueKeysWithValues: dimensions.enumerated().map { ($1, $0 < stars ? 9.5 : 8) })
    }
    for (at, stars) in [(Self.elevenPM, 7), (Self.halfPastMidnight, 10)] {
      _ = try store.addRecord(
        LedgerRecord(
          key: OccurrenceKey(unitID: "sq", itemID: "star.self_score", period: "2026"), doneAt: at,
          doneOn: "2026-11-30", values: scores(stars)),
        evidenceFiles: [], by: "test")
    }
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [ShippedPluginTests.shipped]))
    let job = ReportJob(ledger: ledger, catalog: catalog, calendar: .weekendsOnly)
    func rating(_ date: String) throws -> [String] {
      try job.document(
        kind: "progress", unitID: "sq", period: "2026-11", date: date, today: Self.today
      ).blocks.compactMap { block -> String? in
        guard case .paragraph(let p) = block, p.plainText.hasPrefix("十个方面共得") else { return nil }
        return p.plainText
      }
    }
    // As of 30 November only the scores entered at 23:00 count: seven of 9.5, three of 8.
    #expect(try rating("2026-11-30") == ["十个方面共得7星，评定为达标社区。"])
    // Entered at 00:30 on 1 December, the later scores count from that day.
    #expect(try rating("2026-12-01") == ["十个方面共得10星，评定为十星级和谐社区。"])
  }

  /// The items of the document's list.
  func lines(_ doc: Document) -> [String] {
    doc.blocks.flatMap { block -> [String] in
      guard case .list(let list) = block else { return [] }
      return list.items.map(\.plainText)
    }
  }
}
