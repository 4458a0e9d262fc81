import Foundation
import Scheduling
import Storage
import Testing

@testable import Host

/// A superior's problem list brought in as findings: every error names file:line (exit 2)
/// and writes nothing; a list imported twice adds nothing the second time.
@Suite("Finding import and export")
struct FindingCSVTests {
  struct Site {
    let folder: URL
    let ledger: Ledger
    let desk: FindingDesk

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("tz-finding-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let store = try SQLiteStore(path: folder.appendingPathComponent("l.sqlite").path)
      ledger = Ledger(store: store, actor: "test", path: folder.path)
      try store.importDirectory(
        DirectoryBatch(
          units: [
            OrgUnit(id: "b", name: "教育局", type: "bureau"),
            OrgUnit(id: "s1", name: "一小", type: "school", parentID: "b"),
            OrgUnit(id: "s2", name: "二小", type: "school", parentID: "b"),
          ],
          people: [Person(id: "p1", name: "王芳"), Person(id: "p2", name: "李强"), Person(id: "p3", name: "李强")]),
        by: "test")
      desk = FindingDesk(
        today: CivilDate("2026-12-04")!, catalog: PluginCatalog(plugins: [], overrides: []),
        calendar: FindingDeadlineTests.calendar)
    }

    func file(_ name: String, _ text: String) throws -> URL {
      let url = folder.appendingPathComponent(name)
      try Data(text.utf8).write(to: url)
      return url
    }
  }

  static let header = "单位编号,问题描述,类别,严重程度,整改措施,责任角色,责任人,整改时限,发现日期\n"

  @Test func importsAllOrNothingAndSkipsRepeats() throws {
    let site = try Site()
    let good = Self.header + """
      s1,消防通道堆放杂物,安全管理,较重,清理并设警示,总务主任,王芳,5 个工作日,2026-09-29
      s2,食堂留样记录不全,食品安全,一般,补齐留样台账,,p2,2026-10-30,2026-10-09

      """
    let bad = Self.header + """
      s1,消防通道堆放杂物,安全管理,较重,清理并设警示,总务主任,王芳,5 个工作日,2026-09-29
      s2,晨检记录缺失,卫生,一般,,,,下周,2026-10-09

      """
    let error = #expect(throws: CSVError.self) { try site.ledger.importFindings(from: site.file("bad.csv", bad), desk: site.desk) }
    #expect(error?.file == "bad.csv")
    #expect(error?.line == 3)
    #expect(error?.exitCode == 2)
    #expect(error?.message.contains("下周") == true)
    #expect(try site.ledger.store.findings(FindingFilter()).isEmpty)

    let first = try site.ledger.importFindings(from: site.file("list.csv", good), desk: site.desk)
    #expect(first.imported == 2 && first.skipped == 0)
    let stored = try site.ledger.store.findings(FindingFilter())
    #expect(stored.map(\.deadline) == ["2026-10-12", "2026-10-30"])  // 5 workdays over National Day
    #expect(stored.map(\.ownerPersonID) == ["p1", "p2"])
    let again = try site.ledger.importFindings(from: site.file("list.csv", good), desk: site.desk)
    #expect(again.imported == 0 && again.skipped == 2)
  }

  @Test(arguments: [
    ("单位编号,整改时限\n", 1, "缺少必需的列 \"问题描述\""),
    ("unit,description,deadline,颜色\n", 1, "未知的列 \"颜色\""),
    ("unit,description,deadline\nnowhere,问题,2026-10-01\n", 2, "单位 \"nowhere\" 不存在"),
    ("unit,description,deadline,owner\ns1,问题,2026-10-01,李强\n", 2, "名册中有 2 人叫 \"李强\""),
    ("unit,description,deadline,owner\ns1,问题,2026-10-01,赵六\n", 2, "责任人 \"赵六\" 不在人员名册中"),
    ("unit,description,deadline,severity\ns1,问题,2026-10-01,特别严重\n", 2, "严重程度 \"特别严重\" 不可用"),
    ("unit,description,deadline,found_on\ns1,问题,2026-10-01,2026-10-05\n", 2, "整改时限 2026-10-01 早于发现日期 2026-10-05"),
    ("unit,description,deadline,found_on\ns1,问题,2026-12-30,2026-12-25\n", 2, "发现日期 2026-12-25 晚于今天"),
    ("unit,description,deadline,inspection\ns1,问题,2026-12-30,7\n", 2, "检查 #7 不存在"),
    ("unit,description,deadline\ns1,,2026-12-30\n", 2, "\"问题描述\" 不能为空"),
    ("unit,description,deadline\ns1,问题\n", 2, "这一行有 2 个字段"),
  ])
  func errorsNameTheLine(text: String, line: Int, message: String) throws {
    let site = try Site()
    let error = #expect(throws: CSVError.self) {
      try site.ledger.importFindings(from: site.file("x.csv", text), desk: site.desk)
    }
    #expect(error?.line == line)
    #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    #expect(error?.exitCode == 2)
  }

  @Test func exportsTheFiveColumnTable() throws {
    let site = try Site()
    var request = FindingRequest(unitID: "s1", description: "消防通道堆放杂物", deadline: "2026-10-12")
    request.foundOn = "2026-09-29"
    request.ownerPersonID = "p1"
    request.ownerRole = "总务主任"
    request.measures = "清理"
    let f = try site.ledger.addFinding(request, desk: site.desk)
    _ = try site.ledger.rectifyFinding(f.id, on: "2026-10-10", note: "已清理", evidence: [], by: nil, desk: site.desk)
    let csv = try site.ledger.exportFindings(site.ledger.store.findings(FindingFilter()), asOf: site.desk.today)
    let lines = String(csv.dropFirst()).components(separatedBy: "\r\n")  // after the byte order mark
    #expect(lines[0].hasPrefix("单位编号,单位名称,问题,整改措施,责任人（责任部门）,整改时限,完成情况,状态"))
    #expect(lines[1] == "s1,一小,消防通道堆放杂物,清理,王芳（总务主任）,2026-10-12,已完成整改（2026-10-10）：已清理；待验收,待验收,\(f.id)")
  }
}
