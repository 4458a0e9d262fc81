import Foundation
import Rendering
import Scheduling
import Storage
import Testing

@testable import Host

/// The report job over a real SQLite ledger and a small real Lua plugin
/// (Fixtures/reports/mini): four monthly items, weights 2/1/1/1, a veto item and a metric.
@Suite("Reports: context, score, grade, veto and a roll-up's ranking")
struct ReportJobTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/reports")
  /// When the records were entered: 2026-11-10 12:00 in Beijing, before every day judged.
  static let tenthOfNovember = Date(timeIntervalSince1970: 1_794_283_200)

  /// A bureau over three schools with November 2026 recorded as worked out below.
  func ledger() throws -> (Ledger, ReportJob) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tz-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: folder.appendingPathComponent("l.sqlite").path)
    let ledger = Ledger(store: store, actor: "test", path: folder.path)
    try store.importDirectory(
      DirectoryBatch(
        units: [
          OrgUnit(id: "b", name: "教育局", type: "bureau"),
          OrgUnit(id: "s1", name: "一小", type: "school", parentID: "b"),
          OrgUnit(id: "s2", name: "二小", type: "school", parentID: "b"),
          OrgUnit(id: "s3", name: "三小", type: "school", parentID: "b"),
        ],
        people: [Person(id: "p1", name: "王芳")],
        roles: [RoleAssignment(unitID: "s2", role: "办公室主任", personID: "p1")]), by: "test")
    func done(_ unit: String, _ item: String, _ values: [String: Double] = [:]) throws {
      _ = try store.addRecord(
        LedgerRecord(
          key: OccurrenceKey(unitID: unit, itemID: item, period: "2026-11"),
          doneAt: Self.tenthOfNovember,
          values: values),
        evidenceFiles: [], by: "test")
    }
    // s1: everything, rate 45/50 = 90% ≥ 80%.
    for item in ["a.report", "a.meeting", "b.pledge"] { try done("s1", item) }
    try done("s1", "b.rate", ["优秀数": 45, "总数": 50])
    // s2: no pledge (a veto item), rate 30/50 = 60% < 80%.
    for item in ["a.report", "a.meeting"] { try done("s2", item) }
    try done("s2", "b.rate", ["优秀数": 30, "总数": 50])
    // s3: the meeting and the pledge only.
    for item in ["a.meeting", "b.pledge"] { try done("s3", item) }
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [Self.fixtures]))
    #expect(catalog.problems.map(\.description) == [])
    return (ledger, ReportJob(ledger: ledger, catalog: catalog, calendar: .weekendsOnly))
  }

  func cells(_ doc: Document) -> [[String]] {
    (try? TableGrid(doc.tables[0]).flattened) ?? []
  }

  @Test("score = achieved share weighted by item weight; a failed veto item means 不合格")
  func scores() throws {
    let (_, job) = try ledger()
    // s1: all four achieved → 100, 优秀, and both categories at 100% earn two stars.
    let s1 = try job.document(kind: "card", unitID: "s1", period: "2026-11")
    #expect(s1.blocks.contains(.paragraph(Paragraph("100|优秀|2|"))))
    // s2: report (2) + meeting (1) achieved; pledge missed, rate off target → 3/5 = 60,
    // but the pledge is a veto item → 不合格. Category a at 100% earns one star.
    let s2 = try job.document(kind: "card", unitID: "s2", period: "2026-11")
    #expect(s2.blocks.contains(.paragraph(Paragraph("60|不合格|1|b.pledge"))))
    // s3: meeting (1) + pledge (1) of 5 → 40, below 合格.
    let s3 = try job.document(kind: "card", unitID: "s3", period: "2026-11")
    #expect(s3.blocks.contains(.paragraph(Paragraph("40|不合格|0|"))))
  }

  @Test("items carry owners' names through role assignments and a metric's value")
  func items() throws {
    let (_, job) = try ledger()
    let rows = cells(try job.document(kind: "card", unitID: "s2", period: "2026-11"))
    #expect(rows.count == 5)
    #expect(rows[1] == ["a.report", "", "1", "0", "办公室主任 王芳", ""])
    #expect(rows[3] == ["b.pledge", "", "0", "1", "校长（未指定人员）", ""])
    #expect(rows[4] == ["b.rate", "", "1", "0", "办公室主任 王芳", "60%"])
  }

  @Test("the roll-up ranks children by completion rate, then overdue, then score")
  func rollup() throws {
    let (_, job) = try ledger()
    let rows = cells(try job.document(kind: "ranking", unitID: "b", period: "2026-11"))
    #expect(
      rows == [
        ["名次", "单位", "应办", "已办", "逾期", "完成率", "得分", "等次"],
        ["1", "s1", "4", "4", "0", "100", "100", "优秀"],
        ["2", "s2", "4", "3", "1", "75", "60", "不合格"],
        ["3", "s3", "4", "2", "2", "50", "40", "不合格"],
      ])
  }

  @Test("judged before the month ends, later items are open, not overdue")
  func asOf() throws {
    let (_, job) = try ledger()
    let rows = cells(
      try job.document(kind: "ranking", unitID: "b", period: "2026-11", date: "2026-11-17"))
    // By the 17th only the meeting (10th) and the pledge (16th) were due; s3 did both, so
    // it ties with s1 (whose early records count too) and follows it by id.
    #expect(rows[1] == ["1", "s1", "4", "4", "0", "100", "100", "优秀"])
    #expect(rows[2] == ["2", "s3", "2", "2", "0", "100", "100", "优秀"])
    #expect(rows[3] == ["3", "s2", "4", "3", "1", "75", "60", "不合格"])
  }

  @Test("bad kind, unit and period are usage errors (exit 2); a failing body names file and line")
  func errors() throws {
    let (_, job) = try ledger()
    #expect(throws: UsageError.self) {
      try job.document(kind: "cardd", unitID: "s1", period: "2026-11")
    }
    #expect(throws: UsageError.self) {
      try job.document(kind: "card", unitID: "nope", period: "2026-11")
    }
    #expect(throws: UsageError.self) {
      try job.document(kind: "card", unitID: "s1", period: "2026-Q4")
    }
    #expect(throws: UsageError.self) {
      try job.document(kind: "card", unitID: "s1", period: "2026-13")
    }
    do {
      _ = try job.document(kind: "broken", unitID: "s1", period: "2026-11")
      Issue.record("a failing body must throw")
    } catch let error as ReportFailure {
      #expect(error.exitCode == 1)
      #expect(error.description.contains("mini/reports/reports.lua:28:"), "\(error.description)")
    }
  }

  @Test("score rules: thresholds sort, equal thresholds and bad periods are declaration problems")
  func declarations() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tz-decl-\(UUID().uuidString)/bad")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
    try
      "return { id = \"bad\", name = \"坏\", version = \"1\", api = 1, unit_types = { \"x\" }, roles = {} }"
      .write(to: folder.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try """
    tz.score { id = "s", grades = { ["优秀"] = 90, ["良好"] = 90 } }
    tz.report { id = "r", title = "t", period = "mnth", body = function() end }
    tz.report { id = "q", title = "t", period = "month", score = "none", body = function() end }
    tz.report { id = "z", title = "t", period = "month", bodyy = 1 }
    """.write(to: folder.appendingPathComponent("reports/r.lua"), atomically: true, encoding: .utf8)
    let plugin = PluginLoader().load(folder: folder, shownFolder: "bad")
    let messages = plugin.problems.map(\.description)
    #expect(messages.contains { $0.contains("share the threshold 90") }, "\(messages)")
    #expect(
      messages.contains { $0.contains("period \"mnth\"") && $0.contains("did you mean \"month\"") },
      "\(messages)")
    #expect(messages.contains { $0.contains("score \"none\" is not declared") }, "\(messages)")
    #expect(messages.contains { $0.contains("unknown field \"bodyy\"") }, "\(messages)")
  }
}
