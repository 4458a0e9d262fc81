import Foundation
import LuaRuntime

extension DeclarationSchema {
  static let findingKinds = DeclarationSchema(
    name: "finding_rules",
    fields: [
      Field(
        name: "categories", type: .table, required: true,
        summary: "问题类别: names, or { name =, checklist =, owner =, note = }"),
      Field(
        name: "severities", type: .table, required: false,
        summary: "{ name =, deadline = \"N workdays\" }, mildest first (default 一般/较重/严重)"),
      Field(
        name: "verifiers", type: .stringList, required: true,
        summary: "roles that may verify and close a finding (销号)"),
      Field(
        name: "escalate", type: .stringList, required: false,
        summary: "who hears when a finding is overdue, in order"),
      Field(
        name: "escalate_after", type: .string, required: false,
        summary: "how long after the deadline (default \"3 workdays\")"),
      Field(
        name: "unit_types", type: .stringList, required: false,
        summary: "unit types governed (default: the plugin's)"),
    ])

  static let findingCategory = DeclarationSchema(
    name: "finding category",
    fields: [
      Field(name: "name", type: .string, required: true, summary: "the name findings carry, zh-CN"),
      Field(
        name: "checklist", type: .stringList, required: false,
        summary: "checklist category ids whose items' findings fall here"),
      Field(
        name: "owner", type: .string, required: false,
        summary: "the role rectifying its findings by default"),
      Field(name: "note", type: .string, required: false, summary: "what it covers, zh-CN"),
    ])

  static let severity = DeclarationSchema(
    name: "severity",
    fields: [
      Field(name: "name", type: .string, required: true, summary: "the name, e.g. 一般"),
      Field(
        name: "deadline", type: .string, required: true,
        summary: "the default time to rectify, \"N workdays\" or \"N days\""),
    ])
}

extension DeclarationCollector {
  /// `tz.finding_rules{…}` after the schema check: every category and severity checked in
  /// turn; the first problem found is thrown, naming the entry by its position and name.
  static func findingKinds(
    from table: LuaTable, label: String, plugin: String, position: SourcePosition?
  ) throws -> FindingKinds {
    var categories: [FindingKinds.Category] = []
    let categoryList = table["categories"].tableValue ?? LuaTable()
    guard categoryList.fields.isEmpty, !categoryList.sequence.isEmpty else {
      throw DeclarationError(
        "\(label): categories should be a non-empty list of names or { name = … } tables")
    }
    for (index, entry) in categoryList.sequence.enumerated() {
      let place = "\(label): categories[\(index + 1)]"
      let category: FindingKinds.Category
      if let name = entry.stringValue {
        category = FindingKinds.Category(name: name)
      } else if let t = entry.tableValue {
        if let first = DeclarationSchema.findingCategory.problems(in: t, label: place).first {
          throw DeclarationError(first)
        }
        category = FindingKinds.Category(
          name: t["name"].stringValue!,
          checklist: t["checklist"].tableValue?.sequence.compactMap(\.stringValue) ?? [],
          owner: t["owner"].stringValue, note: t["note"].stringValue)
      } else {
        throw DeclarationError(
          "\(place) should be a name or a { name = … } table, got \(entry.typeName)")
      }
      guard !category.name.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw DeclarationError("\(place): the name is empty")
      }
      if categories.contains(where: { $0.name == category.name }) {
        throw DeclarationError("\(place): category \"\(category.name)\" is declared twice")
      }
      categories.append(category)
    }

    var severities: [FindingKinds.Severity] = FindingKinds.standardSeverities
    if let list = table["severities"].tableValue {
      guard list.fields.isEmpty, !list.sequence.isEmpty else {
        throw DeclarationError(
          "\(label): severities should be a non-empty list of { name =, deadline = } tables, mildest first"
        )
      }
      severities = []
      for (index, entry) in list.sequence.enumerated() {
        let place = "\(label): severities[\(index + 1)]"
        guard let t = entry.tableValue else {
          throw DeclarationError(
            "\(place) should be { name = \"一般\", deadline = \"10 workdays\" }, got \(entry.typeName)"
          )
        }
        if let first = DeclarationSchema.severity.problems(in: t, label: place).first {
          throw DeclarationError(first)
        }
        let name = t["name"].stringValue!
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
          throw DeclarationError("\(place): the name is empty")
        }
        if severities.contains(where: { $0.name == name }) {
          throw DeclarationError("\(place): severity \"\(name)\" is declared twice")
        }
        let deadline = try daySpan(
          t["deadline"].stringValue!, field: "deadline", label: "\(place) \"\(name)\"")
        guard deadline.count > 0 else {
          throw DeclarationError("\(place) \"\(name)\": deadline should be at least 1 day")
        }
        severities.append(FindingKinds.Severity(name: name, deadline: deadline))
      }
    }

    func strings(_ name: String) -> [String] {
      table[name].tableValue?.sequence.compactMap(\.stringValue) ?? []
    }
    let verifiers = strings("verifiers")
    guard !verifiers.isEmpty else {
      throw DeclarationError(
        "\(label): verifiers should name at least one role that may close a finding (销号)")
    }
    let escalateAfter =
      try table["escalate_after"].stringValue.map {
        try daySpan($0, field: "escalate_after", label: label)
      } ?? DaySpan(count: 3, workdays: true)
    return FindingKinds(
      plugin: plugin, unitTypes: strings("unit_types"), categories: categories,
      severities: severities,
      verifiers: verifiers, escalate: strings("escalate"), escalateAfter: escalateAfter,
      position: position)
  }
}

extension PluginConsistency {
  /// Finding rules that name roles outside plugin.lua's roles, checklist categories that
  /// are not declared (or are claimed by two finding categories), or unit types the
  /// plugin does not serve.
  func findingRuleProblems() -> [PluginProblem] {
    var problems: [PluginProblem] = []
    let checklist = Set(collector.categories.map(\.id))
    let roles = manifest.roles.keys.sorted()
    for rules in collector.findingKinds {
      func add(_ message: String) {
        problems.append(
          PluginProblem(
            plugin: manifest.id, file: rules.position?.file, line: rules.position?.line,
            message: message))
      }
      func checkRole(_ role: String, _ what: String) {
        guard manifest.roles[role] == nil else { return }
        let hint =
          DeclarationSchema.closest(to: role, in: roles).map { " (did you mean \"\($0)\"?)" } ?? ""
        add("finding_rules: \(what) role \"\(role)\" is not in plugin.lua's roles\(hint)")
      }
      for type in rules.unitTypes where !manifest.unitTypes.contains(type) {
        add(
          "finding_rules: unit type \"\(type)\" is not one this plugin serves (\(manifest.unitTypes.joined(separator: ", ")))"
        )
      }
      rules.verifiers.forEach { checkRole($0, "verifier") }
      rules.escalate.forEach { checkRole($0, "escalation") }
      var claimed: [String: String] = [:]
      for category in rules.categories {
        if let owner = category.owner { checkRole(owner, "category \"\(category.name)\": owner") }
        for id in category.checklist {
          if !checklist.contains(id) {
            add(
              "finding_rules: category \"\(category.name)\": checklist category \"\(id)\" is not declared (tz.category{…})"
            )
          } else if let earlier = claimed[id] {
            add(
              "finding_rules: checklist category \"\(id)\" falls under both \"\(earlier)\" and \"\(category.name)\""
            )
          }
          claimed[id] = claimed[id] ?? category.name
        }
      }
    }
    return problems
  }
}
