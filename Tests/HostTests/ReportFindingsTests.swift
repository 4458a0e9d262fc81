import Foundation
import Rendering
import Scheduling
import Storage
import Testing

@testable import Host

/// The shipped reports over a ledger with findings: a bureau over two schools, the first
/// inspected by the bureau on Friday 2026-11-06 with five findings, the second with none.
/// November 2026 has no holidays: its working days are Monday to Friday.
@Suite("Reports with findings: the 整改台账, the sections the summaries gain, the bureau's ranking")
struct ReportFindingsTests {
  /// Noon in Beijing on `day`: each step below is entered on the day it happened.
  static func noon(_ day: String) -> Date { FindingSnapshotTests.noon(day) }

  static let calendar: WorkCalendar = {
    (try? HolidayDataLoader(
      pluginFolder: ShippedPluginTests.shipped.appendingPathComponent("calendar")
    )
    .workCalendar()) ?? .weekendsOnly
  }()

  /// The ledger and the job over the shipped plugins.
  func ledger() throws -> (Ledger, ReportJob) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tz-findings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: folder.appendingPathComponent("l.sqlite").path)
    let ledger = Ledger(store: store, actor: "test", path: folder.path)
    try store.importDirectory(
      DirectoryBatch(
        units: [
          OrgUnit(id: "b", name: "清源区教育局", type: "bureau"),
          OrgUnit(id: "s1", name: "实验小学", type: "school", parentID: "b"),
          OrgUnit(id: "s2", name: "东关小学", type: "school", parentID: "b"),
        ],
        people: [
          Person(id: "xz", name: "王立新"), Person(id: "fx", name: "张伟"),
          Person(id: "zw", name: "刘建国"),
          Person(id: "jd", name: "陈静"), Person(id: "dx", name: "周海燕"),
        ],
        roles: [
          RoleAssignment(unitID: "s1", role: "校长", personID: "xz"),
          RoleAssignment(unitID: "s1", role: "分管副校长", personID: "fx"),
          RoleAssignment(unitID: "s1", role: "总务主任", personID: "zw"),
          RoleAssignment(unitID: "s1", role: "教导主任", personID: "jd"),
          RoleAssignment(unitID: "b", role: "责任督学", personID: "dx"),
        ]), by: "test")
    let inspection = try store.addInspection(
      Inspection(
        unitID: "s1", kind: "督查", date: "2026-11-06", inspectors: ["周海燕"], standard: "平安校园检查细则",
        enteredAt: Self.noon("2026-11-06"), enteredBy: "test"),
      evidenceFiles: [], by: "test")
    func add(
      _ description: String, _ category: String, _ severity: String, owner: String, role: String,
      measures: String, deadline: String
    ) throws -> Int64 {
      let added = try store.addFinding(
        Finding(
          unitID: "s1", inspectionID: inspection.id, description: description, category: category,
          severity: severity, foundOn: "2026-11-06", foundBy: "周海燕", ownerRole: role,
          ownerPersonID: owner,
          measures: measures, deadline: deadline, enteredAt: Self.noon("2026-11-06")),
        by: "test"
      )
      return added.id
    }
    func rectify(_ id: Int64, _ day: String, by person: String) throws {
      _ = try store.rectifyFinding(
        id, Rectification(on: day, note: "已整改", personID: person, at: Self.noon(day)),
        evidenceFiles: [], by: "test")
    }
    func check(_ day: String, _ person: String, _ note: String? = nil) -> FindingCheck {
      FindingCheck(on: day, personID: person, note: note, at: Self.noon(day))
    }
    // Deadlines from Friday 11-06: 较重 5 workdays → 11-13, 一般 10 → 11-20, 严重 2 → 11-10.
    let fire = try add(
      "消防通道堆放杂物", "校园安全", "较重", owner: "zw", role: "总务主任",
      measures: "清理杂物，设置警示标识", deadline: "2026-11-13")
    let canteen = try add(
      "食堂留样记录不全", "食品安全", "一般", owner: "zw", role: "总务主任",
      measures: "补齐留样台账，落实双人留样", deadline: "2026-11-20")
    let plans = try add(
      "教案检查记录不完整", "教学管理", "一般", owner: "jd", role: "教导主任",
      measures: "补齐各年级教案检查记录", deadline: "2026-11-20")
    let gate = try add(
      "校门口减速带损坏", "校园安全", "严重", owner: "zw", role: "总务主任",
      measures: "联系施工单位修复", deadline: "2026-11-10")
    let wall = try add(
      "校园文化墙破损", "文明创建与宣传", "一般", owner: "zw", role: "总务主任",
      measures: "重新设计制作文化墙", deadline: "2026-12-11")
    // Two closed: the fire lane (rectified 11-10, closed 11-11), the canteen (11-16, 11-18).
    try rectify(fire, "2026-11-10", by: "zw")
    _ = try store.verifyFinding(fire, check("2026-11-11", "fx"), by: "test")
    try rectify(canteen, "2026-11-16", by: "zw")
    _ = try store.verifyFinding(canteen, check("2026-11-18", "xz"), by: "test")
    // One sent back on 11-19 and given until 12-04.
    try rectify(plans, "2026-11-18", by: "jd")
    _ = try store.returnFinding(plans, check("2026-11-19", "fx", "三年级检查记录仍缺"), by: "test")
    _ = try store.assignFinding(
      plans,
      FindingAssignment(deadline: "2026-12-04", on: "2026-11-19", at: Self.noon("2026-11-19")),
      by: "test")
    // One overdue since 11-11 and put under supervision by the bureau on 11-24.
    _ = try store.setSupervised(
      gate, true, on: "2026-11-24", note: "区局挂牌督办", at: Self.noon("2026-11-24"), by: "test")
    // One in time, rectified 11-27 and waiting for its check.
    try rectify(wall, "2026-11-27", by: "zw")
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [ShippedPluginTests.shipped]))
    #expect(catalog.problems.map(\.description) == [])
    return (ledger, ReportJob(ledger: ledger, catalog: catalog, calendar: Self.calendar))
  }

  func document(_ job: ReportJob, _ kind: String, _ unit: String, _ period: String, _ date: String)
    throws -> Document
  {
    try job.document(
      kind: kind, unitID: unit, period: period, date: date, today: CivilDate(2026, 12, 31),
      history: nil)
  }

  func tables(_ doc: Document) -> [[[String]]] {
    doc.tables.map { (try? TableGrid($0).flattened) ?? [] }
  }

  func text(_ doc: Document) throws -> String {
    String(decoding: try MarkdownWriter().render(doc), as: UTF8.self)
  }

  @Test("the 整改台账 as of 11-30: five findings, 整改率 3/5 = 60%, 销号率 2/5 = 40%, each 完成情况 in words")
  func rectificationLedger() throws {
    let (_, job) = try ledger()
    let doc = try document(job, "rectification", "s1", "2026-11", "2026-11-30")
    let md = try text(doc)
    // Rectified: the fire lane, the canteen (closed) and the wall (waiting) = 3 of 5; closed 2 of 5.
    #expect(md.contains("本期台账中检查发现问题 5 个，截至2026年11月30日已整改 3 个、已销号 2 个，整改率 **60%**，销号率 **40%**"))
    #expect(md.contains("逾期未整改 1 个，挂牌督办 1 个，验收退回重改过的 1 个"))
    let ledgerTable = try #require(tables(doc).last)
    #expect(ledgerTable.first == ["序号", "问题", "整改措施", "责任人（责任部门）", "整改时限", "完成情况"])
    // The gate is overdue from 11-11 to 11-30: 11–13, 16–20, 23–27, 30 = 3 + 5 + 5 + 1 = 14 working days.
    // Dates of the report's year without the year; the severity noted unless 一般.
    #expect(
      Array(ledgerTable.dropFirst()) == [
        ["1", "消防通道堆放杂物（较重）", "清理杂物，设置警示标识", "刘建国（总务主任）", "11月13日", "已销号（11月11日）"],
        ["2", "食堂留样记录不全", "补齐留样台账，落实双人留样", "刘建国（总务主任）", "11月20日", "已销号（11月18日）"],
        ["3", "教案检查记录不完整", "补齐各年级教案检查记录", "陈静（教导主任）", "12月4日", "退回重改（三年级检查记录仍缺）"],
        ["4", "校门口减速带损坏（严重）", "联系施工单位修复", "刘建国（总务主任）", "11月10日", "待整改，已逾期14个工作日；挂牌督办"],
        ["5", "校园文化墙破损", "重新设计制作文化墙", "刘建国（总务主任）", "12月11日", "待验收"],
      ])
    // By category, in the order the school plugin declares them.
    let byCategory = tables(doc)[0]
    #expect(byCategory.map { $0.first ?? "" } == ["问题类别", "校园安全", "食品安全", "教学管理", "文明创建与宣传"])
    #expect(byCategory[1] == ["校园安全", "2", "1", "1", "1", "50%", "50%"])
  }

  @Test(
    "as of 11-12 the same ledger reads as it stood: one closed, the gate 2 working days overdue")
  func earlierDay() throws {
    let (_, job) = try ledger()
    let doc = try document(job, "rectification", "s1", "2026-11", "2026-11-12")
    let md = try text(doc)
    // Only the fire lane was rectified (11-10) and closed (11-11): 1 of 5 = 20%.
    #expect(md.contains("已整改 1 个、已销号 1 个，整改率 **20%**，销号率 **20%**"))
    let rows = try #require(tables(doc).last)
    // 11-11 and 11-12 are the working days past the gate's 11-10 deadline.
    #expect(rows[4].last == "待整改，已逾期2个工作日")
    #expect(rows[3].last == "待整改")
  }

  @Test("on Saturday 12-05 the sent-back finding is past its Friday deadline by no working day yet")
  func pastDeadlineOverTheWeekend() throws {
    let (_, job) = try ledger()
    let rows = try #require(
      tables(try document(job, "rectification", "s1", "2026-11", "2026-12-05")).last)
    #expect(rows[3].last == "退回重改（三年级检查记录仍缺），已过整改时限")
    // The gate: 14 working days to 11-30, then 12-01…12-04 = 18.
    #expect(rows[4].last == "待整改，已逾期18个工作日；挂牌督办")
  }

  @Test(
    "the monthly summary gains the section only where there are findings; the self-check marks the item"
  )
  func summaries() throws {
    let (_, job) = try ledger()
    let withFindings = try text(try document(job, "monthly", "s1", "2026-11", "2026-11-30"))
    #expect(withFindings.contains("检查发现问题整改情况"))
    #expect(withFindings.contains("对逾期未整改的 1 个检查发现问题逐一督办"))
    #expect(withFindings.contains("对已整改待验收的 1 个问题及时组织验收"))
    let without = try text(try document(job, "monthly", "s2", "2026-11", "2026-11-30"))
    #expect(!without.contains("检查发现问题"))
    let selfCheck = try text(try document(job, "self_check", "s1", "2026-Q4", "2026-11-30"))
    #expect(selfCheck.contains("检查发现问题整改情况"))
    #expect(selfCheck.contains("整改率 **60%**"))
    let none = try text(try document(job, "rectification", "s2", "2026-11", "2026-11-30"))
    #expect(none.contains("本期无检查发现问题。"))
  }

  @Test(
    "the hospital's 九不准 self-inspection: a finding about an attestation makes it 不符合 and is listed under 九不准"
  )
  func nineProhibitions() throws {
    let (ledger, job) = try ledger()
    try ledger.store.importDirectory(
      DirectoryBatch(
        units: [OrgUnit(id: "h", name: "人民医院", type: "hospital", parentID: "b")], people: [],
        roles: []),
      by: "test")
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [ShippedPluginTests.shipped]))
    let item = try #require(
      catalog.plugin("hospital")?.items.first { $0.id == "prohibitions.no_red_envelopes" })
    // What `finding add --item` files it under: the category the checklist category falls
    // under, the attestation's owner.
    let defaults = catalog.findingKinds(for: "hospital").defaults(for: item)
    #expect(defaults.category == "九不准")
    _ = try ledger.store.addFinding(
      Finding(
        unitID: "h", itemID: item.id, description: "外科一名医师收受患者红包",
        category: defaults.category ?? "",
        severity: "严重", foundOn: "2026-11-16", ownerRole: defaults.ownerRole,
        measures: "退还红包，约谈并通报",
        deadline: "2026-11-18", enteredAt: Self.noon("2026-11-16")),
      by: "test")
    let doc = try document(job, "self_check", "h", "2026-Q4", "2026-11-30")
    let details = tables(doc)[0]
    let row = try #require(details.first { $0.count > 2 && $0[2] == item.title })
    #expect(row[5] == "不符合")
    let md = try text(doc)
    #expect(md.contains("外科一名医师收受患者红包（严重）"))
    #expect(md.contains("待整改，已逾期8个工作日"))  // 11-19, 11-20, 11-23…27, 11-30
  }

  @Test(
    "the bureau's supervision circular ranks the schools by 整改率 and lists the overdue and supervised finding"
  )
  func supervisionCircular() throws {
    let (_, job) = try ledger()
    let doc = try document(job, "supervision", "b", "2026-11", "2026-11-30")
    let md = try text(doc)
    #expect(md.contains("1 个单位共有问题 5 个，已整改 3 个、已销号 2 个，整改率 60%，销号率 40%；逾期未整改 1 个，挂牌督办 1 个。"))
    #expect(md.contains("本期无检查发现问题的单位：东关小学。"))
    let all = tables(doc)
    #expect(all[0].first == ["名次", "单位", "问题数", "已整改数", "已销号数", "逾期数", "挂牌督办数", "整改率", "销号率"])
    #expect(all[0][1] == ["1", "实验小学", "5", "3", "2", "1", "1", "60%", "40%"])
    #expect(all[1].dropFirst().map { $0[0] + "|" + $0[1] } == ["实验小学|校门口减速带损坏（严重）"])
    // The quarterly circular gains the same ranking.
    let circular = try text(try document(job, "circular", "b", "2026-Q4", "2026-11-30"))
    #expect(circular.contains("检查发现问题整改情况"))
  }

  @Test("the 整改台账 in every format, and its DOCX opened by LibreOffice shows the table")
  func formats() throws {
    let (_, job) = try ledger()
    let doc = try document(job, "rectification", "s1", "2026-11", "2026-11-30")
    let csv = String(decoding: try CSVWriter().render(doc), as: UTF8.self)
    #expect(csv.contains("已销号（11月11日）"))
    let json = String(decoding: try JSONWriter().render(doc), as: UTF8.self)
    #expect(json.contains("退回重改（三年级检查记录仍缺）"))
    let html = String(decoding: try HTMLWriter().render(doc), as: UTF8.self)
    #expect(html.contains("责任人（责任部门）"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tz-docx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let docx = folder.appendingPathComponent("整改台账.docx")
    try DOCXWriter().render(doc).write(to: docx)
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"),
      FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    else {
      Issue.record("LibreOffice or poppler-utils is not installed; Scripts/setup.sh installs them")
      return
    }
    func run(_ tool: String, _ arguments: [String]) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: tool)
      process.arguments = arguments
      process.environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin"]
      let out = Pipe()
      process.standardOutput = out
      process.standardError = Pipe()
      try process.run()
      let data = out.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }
    _ = try run(
      "/usr/bin/soffice", ["--headless", "--convert-to", "pdf", "--outdir", folder.path, docx.path])
    let pdf = folder.appendingPathComponent("整改台账.pdf")
    try #require(
      FileManager.default.fileExists(atPath: pdf.path), "LibreOffice did not convert the DOCX")
    let text = try run("/usr/bin/pdftotext", [pdf.path, "-"]).filter { !$0.isWhitespace }
    // Cells wrap in their columns, so only phrases that fit a line are looked for.
    for phrase in ["实验小学2026年11月整改台账", "表2整改台账", "整改措施", "完成情况", "食堂留样记", "刘建国", "待验收"] {
      #expect(text.contains(phrase), "the PDF lacks \(phrase)")
    }
  }
}
