import Foundation
import LuaRuntime
import Scheduling
import Storage

extension SpecWorld {
  static let unitFields = ["id", "name", "type", "parent", "attributes", "terms", "roles"]
  static let recordFields = ["unit", "item", "period", "by", "note", "values"]

  /// `spec.unit{ id =, type =, attributes = {…}, terms = {{ start =, ["end"] = }}, roles = {…} }`.
  func declareUnit(_ table: LuaTable, _ call: LuaCall) throws -> String {
    try checkFields(table, Self.unitFields, call)
    guard let id = table["id"].stringValue else {
      throw call.argumentError(1, "spec.unit needs an id (string)")
    }
    let type = table["type"].stringValue ?? plugin.manifest?.unitTypes.first ?? plugin.id
    var attributes: [String: String] = [:]
    for (key, value) in table["attributes"].tableValue?.entries ?? [] {
      guard let key = key.stringValue, let text = value.stringValue else {
        throw call.argumentError(1, "attributes map names to strings, e.g. [\"寄宿\"] = \"是\"")
      }
      attributes[key] = text
    }
    var terms: [StoredSchoolTerm] = []
    for (index, term) in (table["terms"].tableValue?.sequence ?? []).enumerated() {
      guard let start = term["start"].stringValue, let end = term["end"].stringValue,
        let first = CivilDate(start), let last = CivilDate(end), first <= last
      else {
        throw call.argumentError(
          1,
          "terms[\(index + 1)] should read { start = \"YYYY-MM-DD\", [\"end\"] = \"YYYY-MM-DD\" }")
      }
      terms.append(
        StoredSchoolTerm(
          name: term["name"].stringValue ?? "第\(index + 1)学期", start: start, end: end))
    }
    let unit = OrgUnit(
      id: id, name: table["name"].stringValue ?? id, type: type,
      parentID: table["parent"].stringValue,
      attributes: attributes, terms: terms)
    try ledger.store.addUnit(unit, by: "spec")
    let vocabulary = RoleVocabulary(of: plugin)
    for (role, holders) in table["roles"].tableValue?.entries ?? [] {
      guard let role = role.stringValue else {
        throw call.argumentError(1, "roles map role names to person ids")
      }
      if let problem = vocabulary.problem(with: role) {
        throw ServiceError("spec.unit: \(problem)")
      }
      let ids =
        holders.stringValue.map { [$0] } ?? holders.tableValue?.sequence.compactMap(\.stringValue)
        ?? []
      for person in ids {
        if try ledger.store.person(person) == nil {
          try ledger.store.addPerson(Person(id: person, name: person), by: "spec")
        }
        try ledger.store.assignRole(
          RoleAssignment(unitID: id, role: role, personID: person), by: "spec")
      }
    }
    return id
  }

  /// `spec.record{ unit =, item =, period = (default: the occurrence open today), values = {…} }`.
  func record(_ table: LuaTable, _ call: LuaCall) throws -> String {
    try checkFields(table, Self.recordFields, call)
    guard let unitID = table["unit"].stringValue, let unit = try ledger.store.unit(unitID) else {
      throw call.argumentError(
        1, "spec.record needs unit = the id of a unit declared with spec.unit")
    }
    guard let itemID = table["item"].stringValue else {
      throw call.argumentError(1, "spec.record needs item = an item id")
    }
    guard let item = plugin.items.first(where: { $0.id == itemID }) else {
      let hint =
        DeclarationSchema.closest(to: itemID, in: plugin.items.map(\.id)).map {
          " (did you mean \"\($0)\"?)"
        } ?? ""
      throw call.argumentError(1, "no item \"\(itemID)\" in plugin \(plugin.id)\(hint)")
    }
    let today = services.today
    var period = table["period"].stringValue
    if period == nil {
      let schedule = UnitSchedule(unit: unit, calendar: services.calendar, siteTerms: services.siteTerms)
      let nearby = schedule.occurrences(
        of: item, in: today.adding(days: -400)...today.adding(days: 400))
      guard let open = nearby.first(where: { $0.window.contains(today) }) else {
        throw ServiceError(
          "spec.record: item \"\(itemID)\" has no occurrence open on \(today); give period = \"…\"")
      }
      period = open.period.description
    }
    var values: [String: Double] = [:]
    for (name, value) in table["values"].tableValue?.entries ?? [] {
      guard let name = name.stringValue, let number = value.numberValue else {
        throw call.argumentError(1, "values map names to numbers, e.g. { [\"参训人数\"] = 42 }")
      }
      values[name] = number
    }
    let doneAt = today.startInstant(in: SchedulingContext.defaultTimeZone).addingTimeInterval(
      10 * 3600)
    let record = LedgerRecord(
      key: OccurrenceKey(unitID: unitID, itemID: itemID, period: period!), doneAt: doneAt,
      byPersonID: table["by"].stringValue, note: table["note"].stringValue, values: values)
    _ = try ledger.store.addRecord(record, evidenceFiles: [], by: "spec")
    return period!
  }

  func checkFields(_ table: LuaTable, _ allowed: [String], _ call: LuaCall) throws {
    for (key, _) in table.entries {
      guard let name = key.stringValue, allowed.contains(name) else {
        let hint =
          key.stringValue.flatMap { DeclarationSchema.closest(to: $0, in: allowed) }.map {
            " (did you mean \"\($0)\"?)"
          } ?? ""
        throw call.argumentError(1, "unknown field \(key.literal)\(hint)")
      }
    }
  }
}
