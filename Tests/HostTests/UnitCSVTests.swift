import Foundation
import Storage
import Testing

@testable import Host

/// The units CSV: a corpus of bad files, each refused with its line, and good ones.
@Suite("Units CSV")
struct UnitCSVTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/csv")

  static let existing = [OrgUnit(id: "bs-jyj", name: "碧水县教育局", type: "bureau")]

  /// Each bad file, the line it must name, and a fragment of the message.
  @Test(arguments: [
    ("units-missing-parent.csv", 4, "上级单位 \"碧水县第九中学\" 不存在"),
    ("units-duplicate-id.csv", 4, "重复（第 2 行已出现）"),
    ("units-empty-name.csv", 3, "\"name\" 不能为空"),
    ("units-bad-attribute.csv", 2, "属性 \"寄宿\" 应写成 键=值"),
    ("units-bad-term-date.csv", 3, "2026-02-30"),
    ("units-unknown-column.csv", 1, "未知的列 \"地址\""),
    ("units-missing-column.csv", 1, "缺少必需的列 \"type\""),
    ("units-field-count.csv", 3, "这一行有 4 个字段"),
    ("units-cycle.csv", 2, "形成环"),
    ("units-unclosed-quote.csv", 3, "引号没有闭合"),
  ])
  func badFileRefused(file: String, line: Int, fragment: String) throws {
    let text = try String(contentsOf: Self.fixtures.appendingPathComponent(file), encoding: .utf8)
    let error = #expect(throws: CSVError.self) {
      try UnitCSV.read(text, file: file, existing: Self.existing)
    }
    #expect(error?.line == line, "\(error?.description ?? "")")
    #expect(error?.description.hasPrefix("\(file):\(line): ") == true)
    #expect(error?.description.contains(fragment) == true, "\(error?.description ?? "")")
  }

  @Test func parentsComeFirstAndNamesResolve() throws {
    let text = """
      id,name,type,parent,attributes,terms
      bs-xx-fx,碧水小学分校,school,bs-xx,,
      bs-xx,碧水小学,school,碧水县教育局,区域=农村;寄宿=否,2026秋=2026-09-01..2027-01-20
      """
    let units = try UnitCSV.read(text, file: "u.csv", existing: Self.existing)
    #expect(units.map(\.id) == ["bs-xx", "bs-xx-fx"])
    #expect(units[0].parentID == "bs-jyj")
    #expect(units[0].attributes == ["区域": "农村", "寄宿": "否"])
    #expect(units[0].terms == [SchoolTerm(name: "2026秋", start: "2026-09-01", end: "2027-01-20")])
  }

  @Test func roundTrip() throws {
    let units = [
      OrgUnit(id: "bs-jyj", name: "碧水县教育局", type: "bureau"),
      OrgUnit(
        id: "bs-zx", name: "碧水县中学（高中部,初中部）", type: "school", parentID: "bs-jyj",
        attributes: ["寄宿": "是", "备注": "含\"引号\""],
        terms: [SchoolTerm(name: "2026秋", start: "2026-09-01", end: "2027-01-20")]),
    ]
    let text = UnitCSV.write(units)
    #expect(try UnitCSV.read(text, file: "u.csv", existing: []) == units)
  }
}
