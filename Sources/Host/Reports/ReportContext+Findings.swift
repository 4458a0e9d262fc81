import LuaRuntime
import Scheduling
import Storage

/// One unit's findings for a report (`ctx.findings`, and `findings` of each child of a
/// roll-up): those the period lists as they stood on the day judged, with counts and rates.
struct UnitFindings {
  let rules: FindingKinds
  let states: [FindingSnapshot.State]
  /// The period's first day: findings found on it or later are new.
  let newFrom: String
  /// The inspections that found them, by id.
  let inspections: [Int64: Inspection]
  /// Item id → title, for findings about a checklist item.
  let itemTitles: [String: String]
  /// Person id → name.
  let people: [String: String]
  /// Role → the names of the people holding it in the unit.
  let owners: [String: [String]]

  var counts: FindingCounts { FindingCounts(states, newFrom: newFrom) }

  /// The Lua table: `list`, `counts`, `severities`, `categories`, `rectification_rate`,
  /// `closing_rate` (docs/reports.md).
  func value() -> LuaValue {
    let counts = counts
    var byName = LuaTable()
    for (name, count) in counts.bySeverity { byName[name] = .integer(Int64(count)) }
    let countFields: [LuaValue: LuaValue] = [
      "total": .int(counts.total), "new": .int(counts.new), "rectified": .int(counts.rectified),
      "closed": .int(counts.closed), "overdue": .int(counts.overdue),
      "supervised": .int(counts.supervised),
      "returned": .int(counts.returned), "late": .int(counts.late), "by_severity": .table(byName),
    ]
    let severityNames = Self.ordered(rules.severities.map(\.name), counts.bySeverity.map(\.name))
    let severities = severityNames.map { name in
      LuaValue.table(
        LuaTable(fields: [
          "name": .string(name),
          "count": .int(counts.bySeverity.first { $0.name == name }?.count ?? 0),
        ]))
    }
    let categoryNames = Self.ordered(rules.categories.map(\.name), states.map(\.finding.category))
    let categories = categoryNames.compactMap { name -> LuaValue? in
      let mine = states.filter { $0.finding.category == name }
      guard !mine.isEmpty else { return nil }
      let c = FindingCounts(mine, newFrom: newFrom)
      return .table(
        LuaTable(fields: [
          "name": .string(name), "total": .int(c.total), "rectified": .int(c.rectified),
          "closed": .int(c.closed), "overdue": .int(c.overdue),
          "rectification_rate": c.rectificationRate.map(LuaValue.number) ?? .nil,
          "closing_rate": c.closingRate.map(LuaValue.number) ?? .nil,
        ]))
    }
    return .table(
      LuaTable(fields: [
        "list": .table(LuaTable(sequence: states.map(line))),
        "counts": .table(LuaTable(fields: countFields)),
        "severities": .table(LuaTable(sequence: severities)),
        "categories": .table(LuaTable(sequence: categories)),
        "rectification_rate": counts.rectificationRate.map(LuaValue.number) ?? .nil,
        "closing_rate": counts.closingRate.map(LuaValue.number) ?? .nil,
      ]))
  }

  /// The declared names first, then any other met, in the order met.
  static func ordered(_ declared: [String], _ met: [String]) -> [String] {
    var names = declared
    for name in met where !names.contains(name) { names.append(name) }
    return names
  }

  private func line(_ s: FindingSnapshot.State) -> LuaValue {
    let f = s.finding
    let named =
      f.ownerPersonID.map { [people[$0] ?? $0] } ?? f.ownerRole.flatMap { owners[$0] } ?? []
    let ownerText: String
    switch (named.isEmpty, f.ownerRole) {
    case (false, let role?): ownerText = "\(named.joined(separator: "、"))（\(role)）"
    case (false, nil): ownerText = named.joined(separator: "、")
    case (true, let role?): ownerText = "\(role)（未指定人员）"
    case (true, nil): ownerText = "（未指定）"
    }
    let inspection = f.inspectionID.flatMap { inspections[$0] }
    func text(_ value: String?) -> LuaValue { value.map(LuaValue.string) ?? .nil }
    return .table(
      LuaTable(fields: [
        "id": .integer(f.id), "description": .string(f.description),
        "category": .string(f.category),
        "severity": .string(f.severity), "status": .string(s.status.title),
        "state": .string(s.status.rawValue),
        "found_on": .string(f.foundOn), "found_by": text(f.foundBy.map { people[$0] ?? $0 }),
        "deadline": .string(f.deadline), "owner_role": text(f.ownerRole),
        "owner": named.isEmpty ? .nil : .string(named.joined(separator: "、")),
        "owner_text": .string(ownerText),
        "cooperating": .table(LuaTable(sequence: f.cooperatingRoles.map(LuaValue.string))),
        "measures": text(f.measures), "rectified_on": text(s.rectifiedOn),
        "rectification_note": text(s.rectificationNote), "closed_on": text(s.closedOn),
        "overdue": .boolean(s.overdue), "overdue_days": .int(s.overdueWorkdays),
        "late": .boolean(s.late),
        "supervised": .boolean(s.supervised), "returned": .int(s.returnCount),
        "return_reason": text(s.lastReturnReason),
        "new": .boolean(f.foundOn >= newFrom),
        "item": text(f.itemID), "item_title": text(f.itemID.map { itemTitles[$0] ?? $0 }),
        "inspection_kind": text(inspection?.kind), "inspection_date": text(inspection?.date),
      ]))
  }
}

extension LuaValue {
  static func int(_ n: Int) -> LuaValue { .integer(Int64(n)) }
}
