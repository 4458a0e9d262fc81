import Foundation
import Scheduling
import Storage

/// What `taizhang finding import` did.
public struct FindingImportResult: Sendable, Equatable, Codable {
  /// Findings added.
  public var imported: Int
  /// Rows skipped as already in the ledger (same unit, found-on day and description).
  public var skipped: Int
  /// The ids of the findings added.
  public var ids: [Int64]
}

/// The columns of a superior's problem list, in Chinese as such lists are headed, each
/// also accepted under an English name.
public enum FindingCSV {
  /// Canonical (Chinese) name, English alias, required.
  public static let columns: [(name: String, alias: String, required: Bool)] = [
    ("单位编号", "unit", true), ("问题描述", "description", true), ("类别", "category", false),
    ("严重程度", "severity", false), ("整改措施", "measures", false), ("责任角色", "owner_role", false),
    ("责任人", "owner", false), ("配合角色", "cooperating_roles", false), ("整改时限", "deadline", false),
    ("发现日期", "found_on", false), ("发现人", "found_by", false), ("检查编号", "inspection", false),
    ("事项", "item", false),
  ]

  /// The export's header: the five columns superiors ask for, with unit and status.
  public static let exportHeader = [
    "单位编号", "单位名称", "问题", "整改措施", "责任人（责任部门）", "整改时限", "完成情况", "状态", "编号",
  ]
}

extension Ledger {
  /// Imports a problem list in one transaction: every row is checked first (unit, days,
  /// severity, deadline, owner, inspection); any error names its file and line (exit 2)
  /// and nothing is written. Rows already in the ledger are skipped and counted.
  public func importFindings(from url: URL, desk: FindingDesk) throws -> FindingImportResult {
    let file = url.lastPathComponent
    let rows = try CSVReader.parse(Self.readText(url), file: file)
    func fail(_ line: Int, _ message: String) -> CSVError { CSVError(file: file, line: line, message, exitCode: 2) }
    guard let header = rows.first else {
      throw fail(1, "文件是空的，缺少表头（应为：\(FindingCSV.columns.map(\.name).joined(separator: ","))）")
    }
    var index: [String: Int] = [:]
    for (i, raw) in header.fields.enumerated() {
      let name = raw.trimmingCharacters(in: .whitespaces)
      guard let column = FindingCSV.columns.first(where: { $0.name == name || $0.alias == name }) else {
        throw fail(header.line, "未知的列 \"\(name)\"（可用的列：\(FindingCSV.columns.map(\.name).joined(separator: ","))）")
      }
      guard index[column.name] == nil else { throw fail(header.line, "列 \"\(column.name)\" 重复") }
      index[column.name] = i
    }
    for column in FindingCSV.columns where column.required && index[column.name] == nil {
      throw fail(header.line, "缺少必需的列 \"\(column.name)\"")
    }
    let people = try store.people()
    let allUnits = try store.units()
    var units = Dictionary(allUnits.map { ($0.id, $0) }) { a, _ in a }
    var findings: [Finding] = []
    for row in rows.dropFirst() {
      guard row.fields.count == header.fields.count else {
        throw fail(row.line, "这一行有 \(row.fields.count) 个字段，表头有 \(header.fields.count) 个")
      }
      func value(_ name: String) -> String {
        index[name].map { row.fields[$0].trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
      }
      if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
      do {
        for column in FindingCSV.columns where column.required && value(column.name).isEmpty {
          throw UsageError("\"\(column.name)\" 不能为空")
        }
        var request = FindingRequest(unitID: value("单位编号"), description: value("问题描述"), deadline: value("整改时限"))
        request.category = value("类别")
        request.severity = value("严重程度")
        request.measures = value("整改措施")
        request.ownerRole = value("责任角色")
        request.ownerPersonID = try Self.personID(value("责任人"), in: people)
        request.cooperatingRoles = Self.list(value("配合角色"))
        request.foundOn = value("发现日期")
        request.foundBy = value("发现人")
        request.itemID = value("事项")
        let inspection = value("检查编号").trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        if !inspection.isEmpty {
          guard let id = Int64(inspection) else { throw UsageError("检查编号 \"\(inspection)\" 应为数字") }
          guard let found = try store.inspection(id) else { throw UsageError("检查 #\(id) 不存在") }
          guard Self.subtree(of: found.unitID, in: allUnits).contains(request.unitID) else {
            throw UsageError("检查 #\(id) 检查的是单位 \"\(found.unitID)\"，不含单位 \"\(request.unitID)\"")
          }
          request.inspectionID = id
        }
        findings.append(try makeFinding(request, desk: desk, units: &units))
      } catch let error as UserFacingError {
        throw fail(row.line, error.description)
      }
    }
    let result = try refusingBadInput { try store.addFindings(findings, by: actor) }
    return FindingImportResult(imported: result.added.count, skipped: result.skipped, ids: result.added.map(\.id))
  }

  /// The findings as the five-column table superiors ask for (with unit, status and id),
  /// judged as of `day`.
  public func exportFindings(_ findings: [Finding], asOf day: CivilDate) throws -> String {
    let people = Dictionary(try store.people().map { ($0.id, $0.name) }) { a, _ in a }
    let units = Dictionary(try store.units().map { ($0.id, $0.name) }) { a, _ in a }
    let rows = findings.map { f in
      [
        f.unitID, units[f.unitID] ?? "", f.description, f.measures ?? "", Self.owner(of: f, people: people),
        f.deadline, Self.progress(of: f, asOf: day.description), f.status.title, String(f.id),
      ]
    }
    return CSVWriter.text(header: FindingCSV.exportHeader, rows: rows)
  }

  /// 责任人（责任部门）: the person's name and the role, then the cooperating roles.
  public static func owner(of f: Finding, people: [String: String]) -> String {
    var text = f.ownerPersonID.map { people[$0] ?? $0 } ?? ""
    if let role = f.ownerRole { text += text.isEmpty ? role : "（\(role)）" }
    if !f.cooperatingRoles.isEmpty { text += "，配合：" + f.cooperatingRoles.joined(separator: "、") }
    return text
  }

  /// 完成情况: how far it has come, in a sentence.
  public static func progress(of f: Finding, asOf day: String) -> String {
    var parts: [String]
    switch f.status {
    case .closed:
      parts = ["已完成整改（\(f.rectifiedOn ?? "")）：\(f.rectificationNote ?? "")", "\(f.closedOn ?? "") 验收销号"]
    case .awaitingCheck:
      parts = ["已完成整改（\(f.rectifiedOn ?? "")）：\(f.rectificationNote ?? "")", "待验收"]
    case .rectifying:
      parts = [f.returnCount > 0 ? "正在整改（已退回 \(f.returnCount) 次：\(f.lastReturnReason ?? "")）" : "正在整改"]
    case .open:
      parts = ["尚未整改"]
    }
    if f.isOverdue(on: day) { parts.append("已逾期") } else if f.isLate(on: day) { parts.append("逾期完成") }
    if f.supervised { parts.append("挂牌督办") }
    return parts.joined(separator: "；")
  }

  /// A person id from a 责任人 cell: an id, or the name of exactly one person.
  static func personID(_ text: String, in people: [Person]) throws -> String? {
    guard !text.isEmpty else { return nil }
    if people.contains(where: { $0.id == text }) { return text }
    let named = people.filter { $0.name == text }
    guard named.count == 1 else {
      throw UsageError(
        named.isEmpty
          ? "责任人 \"\(text)\" 不在人员名册中（填人员编号或姓名；用 taizhang person list 查看）"
          : "名册中有 \(named.count) 人叫 \"\(text)\"（\(named.map(\.id).joined(separator: "、"))），请填人员编号")
    }
    return named[0].id
  }

  /// Names separated by 、 ， , ; or ；.
  public static func list(_ text: String) -> [String] {
    text.split(whereSeparator: { "、，,;；".contains($0) })
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
