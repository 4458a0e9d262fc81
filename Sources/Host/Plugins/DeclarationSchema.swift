import LuaRuntime

/// The fields one kind of declaration (`tz.item{…}`, …) accepts: the one table the loader
/// validates against, and from which the plugin author's type stubs can be written.
struct DeclarationSchema {
  /// What a field holds.
  enum FieldType: String {
    case string, integer, number, boolean, function
    case stringList = "string[]"
    case table
    case stringOrTable = "string|table"
    case stringOrList = "string|string[]"

    func accepts(_ value: LuaValue) -> Bool {
      switch self {
      case .string: value.stringValue != nil
      case .integer: value.integerValue != nil
      case .number: value.numberValue != nil
      case .boolean: value.boolValue != nil
      case .function: value.functionValue != nil
      case .table: value.tableValue != nil
      case .stringList: value.tableValue.map(Self.isStringList) ?? false
      case .stringOrTable: value.stringValue != nil || value.tableValue != nil
      case .stringOrList: value.stringValue != nil || (value.tableValue.map(Self.isStringList) ?? false)
      }
    }

    static func isStringList(_ table: LuaTable) -> Bool {
      table.fields.isEmpty && table.sequence.allSatisfy { $0.stringValue != nil }
    }
  }

  /// One field.
  struct Field {
    let name: String
    let type: FieldType
    let required: Bool
    let summary: String
  }

  /// The declaration's name as messages show it: "item", "reminder" …
  let name: String
  let fields: [Field]

  /// Problems with a declaration's table: unknown fields (with a suggestion), missing
  /// required fields, values of the wrong type. `label` names the declaration, e.g.
  /// `item "safety.drill"`.
  func problems(in table: LuaTable, label: String) -> [String] {
    var problems: [String] = []
    let known = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })
    for (key, value) in table.entries {
      guard let name = key.stringValue else {
        problems.append("\(label): fields must be named (found [\(key.literal)])")
        continue
      }
      guard let field = known[name] else {
        let hint = Self.closest(to: name, in: fields.map(\.name)).map { " (did you mean \"\($0)\"?)" } ?? ""
        problems.append("\(label): unknown field \"\(name)\"\(hint)")
        continue
      }
      if !field.type.accepts(value) {
        problems.append("\(label): field \"\(name)\" should be \(field.type.rawValue), got \(value.typeName)")
      }
    }
    for field in fields where field.required && table[field.name].isNil {
      problems.append("\(label): missing field \"\(field.name)\" (\(field.summary))")
    }
    return problems
  }

  /// The known name nearest to a misspelt one, if it is close enough to be a typo.
  static func closest(to name: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(name, $0)) }.min { $0.1 < $1.1 }
    guard let (best, distance) = scored, distance <= max(1, min(3, best.count / 3)) else { return nil }
    return best
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return previous[b.count]
  }
}

extension DeclarationSchema {
  static let category = DeclarationSchema(name: "category", fields: [
    Field(name: "id", type: .string, required: true, summary: "the id items use"),
    Field(name: "title", type: .string, required: true, summary: "the title, zh-CN"),
    Field(name: "order", type: .integer, required: true, summary: "the position in reports"),
  ])

  static let phase = DeclarationSchema(name: "phase", fields: [
    Field(name: "id", type: .string, required: true, summary: "the id items use"),
    Field(name: "title", type: .string, required: true, summary: "the title, zh-CN"),
    Field(name: "from", type: .string, required: true, summary: "the first day, MM-DD or +1-MM-DD"),
    Field(name: "to", type: .string, required: true, summary: "the last day, MM-DD or +1-MM-DD"),
  ])

  static let item = DeclarationSchema(name: "item", fields: [
    Field(name: "id", type: .string, required: true, summary: "category.name, unique in the plugin"),
    Field(name: "title", type: .string, required: true, summary: "a short title, zh-CN"),
    Field(name: "category", type: .string, required: true, summary: "a declared category id"),
    Field(name: "kind", type: .string, required: true, summary: "task, attestation, metric or standard"),
    Field(name: "every", type: .stringOrTable, required: true, summary: "a recurrence rule"),
    Field(name: "owner", type: .string, required: true, summary: "the responsible role"),
    Field(name: "cooperate", type: .stringList, required: false, summary: "roles that help"),
    Field(name: "escalate", type: .stringList, required: false, summary: "who hears when it is late"),
    Field(name: "evidence", type: .stringList, required: false, summary: "kinds of evidence"),
    Field(name: "weight", type: .number, required: false, summary: "the scoring weight (default 1)"),
    Field(name: "target", type: .table, required: false, summary: "a metric's target"),
    Field(name: "applies", type: .function, required: false, summary: "function(unit) → boolean"),
    Field(name: "phase", type: .string, required: false, summary: "a declared phase id"),
    Field(name: "pause_in_vacation", type: .boolean, required: false, summary: "no occurrences in vacations"),
    Field(name: "statement", type: .string, required: false, summary: "what an attestation confirms"),
    Field(name: "note", type: .string, required: false, summary: "how to do it, zh-CN"),
  ])

  static let target = DeclarationSchema(name: "target", fields: [
    Field(name: "at_least", type: .number, required: false, summary: "a lower bound"),
    Field(name: "at_most", type: .number, required: false, summary: "an upper bound"),
    Field(name: "equals", type: .number, required: false, summary: "the exact value"),
    Field(name: "unit", type: .string, required: false, summary: "the unit shown"),
    Field(name: "numerator", type: .string, required: false, summary: "a rate's numerator value"),
    Field(name: "denominator", type: .string, required: false, summary: "a rate's denominator value"),
  ])

  static let reminder = DeclarationSchema(name: "reminder", fields: [
    Field(name: "id", type: .string, required: true, summary: "the rule's id"),
    Field(name: "items", type: .stringOrList, required: true, summary: "\"*\", a category id or item ids"),
    Field(name: "before", type: .string, required: false, summary: "\"N days\" or \"N workdays\""),
    Field(name: "on_due", type: .boolean, required: false, summary: "a message on the due day"),
    Field(name: "overdue_every", type: .string, required: false, summary: "repeat while overdue"),
    Field(name: "overdue_limit", type: .integer, required: false, summary: "at most N repeats"),
    Field(name: "escalate_after", type: .string, required: false, summary: "when to tell the next role"),
    Field(name: "quiet_days", type: .boolean, required: false, summary: "nothing on non-working days"),
    Field(name: "catch_up", type: .string, required: false, summary: "\"all\" or \"latest\""),
  ])
}
