import Foundation
import Scheduling
import Storage

/// A problem as the CLI or an import gives it: the deadline a day or a span of working
/// days, the found-on day defaulting to today.
public struct FindingRequest: Sendable, Equatable {
  /// The unit's id.
  public var unitID: String
  /// What the problem is.
  public var description: String
  /// Its category (free text).
  public var category: String = ""
  /// Its severity; nil or empty: the unit type's mildest.
  public var severity: String?
  /// The day it was found, `YYYY-MM-DD`; nil or empty: today.
  public var foundOn: String?
  /// Who found it.
  public var foundBy: String?
  /// The responsible role.
  public var ownerRole: String?
  /// The responsible person's id.
  public var ownerPersonID: String?
  /// The cooperating roles.
  public var cooperatingRoles: [String] = []
  /// The measures to take.
  public var measures: String?
  /// The deadline: `2026-10-12`, `5 个工作日`, `10wd`, `30 天`; nil or empty: the
  /// severity's default time to rectify (the plugin's `tz.finding_rules`).
  public var deadline: String?
  /// The inspection that found it.
  public var inspectionID: Int64?
  /// The checklist item it concerns.
  public var itemID: String?

  /// Creates a request.
  public init(unitID: String, description: String, deadline: String? = nil) {
    self.unitID = unitID
    self.description = description
    self.deadline = deadline
  }
}

/// Which findings `finding list` shows.
public struct FindingQuery: Sendable, Equatable {
  /// One unit, or (with `tree`) it and every unit below it.
  public var unitID: String?
  /// With `unitID`: the whole tree below it too.
  public var tree = false
  /// Only these statuses.
  public var statuses: Set<FindingStatus>?
  /// Only these severities.
  public var severities: Set<String>?
  /// Only those overdue as of this day.
  public var overdueOn: CivilDate?
  /// Only those this person owns.
  public var ownerPersonID: String?
  /// Only those this inspection found.
  public var inspectionID: Int64?

  /// Everything.
  public init() {}
}

extension Ledger {
  /// Checks a request against the ledger and the unit's rules and makes the finding
  /// (not yet stored): the unit exists, the days are real and not in the future, the
  /// severity is one the unit type knows, the deadline resolves on the calendar. A missing
  /// deadline is the severity's default span; a missing category and owner role come from
  /// the checklist item it concerns, else the owner role from the category.
  public func makeFinding(_ r: FindingRequest, desk: FindingDesk, units: inout [String: OrgUnit]) throws -> Finding {
    guard let unit = try units[r.unitID] ?? store.unit(r.unitID) else {
      throw UsageError("单位 \"\(r.unitID)\" 不存在（用 taizhang unit list 查看）")
    }
    units[unit.id] = unit
    let description = r.description.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !description.isEmpty else { throw UsageError("问题描述不能为空") }
    let rules = desk.rules(for: unit)
    let severity = r.severity.flatMap { $0.isEmpty ? nil : $0 } ?? rules.severities.first ?? "一般"
    guard rules.severities.contains(severity) else {
      throw UsageError("严重程度 \"\(severity)\" 不可用；可用：\(rules.severities.joined(separator: "、"))")
    }
    let foundOn = try desk.day(r.foundOn, "发现日期")
    let deadline = try Self.nonEmpty(r.deadline).map {
      try FindingDeadline.resolve($0, foundOn: foundOn, calendar: desk.calendar)
    } ?? rules.kinds.deadline(severity: severity, foundOn: foundOn, calendar: desk.calendar)
    guard let deadline else { throw UsageError("请给出整改时限（严重程度「\(severity)」没有默认时限）") }
    // A finding on a checklist item falls under the category its checklist category maps
    // to and is the item owner's by default; otherwise the category's declared owner's.
    var item: ChecklistItem?
    if let id = Self.nonEmpty(r.itemID) {
      try desk.catalog.checkItem(id, unitType: unit.type)
      item = desk.catalog.plugin(forUnitType: unit.type)?.items.first { $0.id == id }
    }
    let fromItem = item.map { rules.kinds.defaults(for: $0) }
    let category = r.category.isEmpty ? (fromItem?.category ?? "") : r.category
    let ownerRole = Self.nonEmpty(r.ownerRole) ?? fromItem?.ownerRole ?? rules.kinds.defaultOwner(category: category)
    return Finding(
      unitID: unit.id, inspectionID: r.inspectionID, itemID: item?.id,
      description: description, category: category, severity: severity, foundOn: foundOn.description,
      foundBy: Self.nonEmpty(r.foundBy), ownerRole: ownerRole,
      ownerPersonID: Self.nonEmpty(r.ownerPersonID), cooperatingRoles: r.cooperatingRoles,
      measures: Self.nonEmpty(r.measures), deadline: deadline.description)
  }

  /// Adds one finding.
  public func addFinding(_ r: FindingRequest, desk: FindingDesk) throws -> Finding {
    var units: [String: OrgUnit] = [:]
    let finding = try makeFinding(r, desk: desk, units: &units)
    return try refusingBadInput { try store.addFinding(finding, by: actor) }
  }

  /// Adds an inspection.
  public func addInspection(_ inspection: Inspection, evidence: [String], desk: FindingDesk) throws -> Inspection {
    _ = try refusingBadInput { try unit(inspection.unitID) }
    let day = try desk.day(inspection.date, "检查日期")
    var checked = inspection
    checked.date = day.description
    let files = try evidence.map { try Self.evidenceFile($0) }
    return try refusingBadInput { try store.addInspection(checked, evidenceFiles: files, by: actor) }
  }

  /// The finding with this id, or a usage error.
  public func finding(_ id: Int64) throws -> Finding {
    guard let finding = try store.finding(id) else {
      throw UsageError("问题 #\(id) 不存在（用 taizhang finding list 查看）")
    }
    return finding
  }

  /// The findings `query` takes, by unit, found-on day and id.
  public func findings(_ query: FindingQuery) throws -> [Finding] {
    var filter = FindingFilter(
      statuses: query.statuses, inspectionID: query.inspectionID, ownerPersonID: query.ownerPersonID,
      severities: query.severities)
    try refusingBadInput {
      if let id = query.unitID {
        _ = try unit(id)
        filter.unitIDs = query.tree ? try Self.subtree(of: id, in: store.units()) : [id]
      }
      if let person = query.ownerPersonID { _ = try self.person(person) }
    }
    let found = try store.findings(filter)
    guard let day = query.overdueOn?.description else { return found }
    return found.filter { $0.isOverdue(on: day) }
  }

  /// A unit and every unit below it, the unit first.
  public static func subtree(of id: String, in units: [OrgUnit]) -> [String] {
    var children: [String: [String]] = [:]
    for u in units { if let p = u.parentID { children[p, default: []].append(u.id) } }
    var result = [id]
    var seen: Set<String> = [id]
    var i = 0
    while i < result.count {
      for child in children[result[i], default: []].sorted() where seen.insert(child).inserted { result.append(child) }
      i += 1
    }
    return result
  }

  /// Sets owner, measures or deadline (a day or a span from the found-on day).
  public func assignFinding(
    _ id: Int64, ownerRole: String?, ownerPersonID: String?, cooperatingRoles: [String]?, measures: String?,
    deadline: String?, note: String?, desk: FindingDesk
  ) throws -> Finding {
    let f = try finding(id)
    if let ownerPersonID { _ = try refusingBadInput { try person(ownerPersonID) } }
    let resolved = try deadline.map {
      try FindingDeadline.resolve($0, foundOn: CivilDate(f.foundOn) ?? desk.today, calendar: desk.calendar).description
    }
    let change = FindingAssignment(
      ownerRole: ownerRole, ownerPersonID: ownerPersonID, cooperatingRoles: cooperatingRoles, measures: measures,
      deadline: resolved, on: desk.today.description, note: note)
    return try refusingBadInput { try store.assignFinding(id, change, by: actor) }
  }

  /// Reports a finding rectified on `on` (default today, not in the future).
  public func rectifyFinding(
    _ id: Int64, on: String?, note: String, evidence: [String], by person: String?, desk: FindingDesk
  ) throws -> Finding {
    let day = try desk.day(on, "整改完成日期")
    if let person { _ = try refusingBadInput { try self.person(person) } }
    let files = try evidence.map { try Self.evidenceFile($0) }
    return try refusingBadInput {
      try store.rectifyFinding(
        id, Rectification(on: day.description, note: note, personID: person), evidenceFiles: files, by: actor)
    }
  }

  /// Checks a rectified finding: closes it (销号), or with `returning` sends it back (退回)
  /// with the reason in `note`. The verifier roles of the unit's type apply to both.
  public func checkFinding(
    _ id: Int64, by person: String, on: String?, note: String?, returning: Bool, desk: FindingDesk
  ) throws -> Finding {
    let f = try finding(id)
    _ = try refusingBadInput { try self.person(person) }
    let day = try desk.day(on, returning ? "退回日期" : "验收日期")
    let home = try refusingBadInput { try unit(f.unitID) }
    let check = FindingCheck(
      on: day.description, personID: person, verifierRoles: desk.rules(for: home).verifierRoles, note: note)
    return try refusingBadInput {
      returning ? try store.returnFinding(id, check, by: actor) : try store.verifyFinding(id, check, by: actor)
    }
  }

  /// Puts a finding under supervision (挂牌督办) or lifts it.
  public func superviseFinding(_ id: Int64, _ on: Bool, note: String?, desk: FindingDesk) throws -> Finding {
    try refusingBadInput { try store.setSupervised(id, on, on: desk.today.description, note: note, by: actor) }
  }

  /// The URL of an evidence file that must exist.
  static func evidenceFile(_ path: String) throws -> URL {
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw UsageError("证明材料文件 \"\(path)\" 不存在或不可读")
    }
    return URL(fileURLWithPath: path)
  }

  static func nonEmpty(_ s: String?) -> String? {
    guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
    return t
  }
}
