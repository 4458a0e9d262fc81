import LuaRuntime
import Scheduling

extension RuleField {
  /// Converts a Lua value from a plugin's rule table; `nil` for functions and other
  /// values a rule cannot hold.
  public init?(lua value: LuaValue) {
    switch value {
    case .string(let s): self = .string(s)
    case .integer(let n): self = .integer(Int(n))
    case .number(let d):
      guard let n = Int(exactly: d) else { return nil }
      self = .integer(n)
    case .boolean(let b): self = .boolean(b)
    case .table(let t):
      let items = t.sequence.compactMap(RuleField.init(lua:))
      guard items.count == t.sequence.count else { return nil }
      self = .list(items)
    default: return nil
    }
  }
}

extension RecurrenceRule {
  /// Builds a rule from a plugin value: the compact text (`"weekly on thu"`) or the table
  /// form (`{ every = "week", on = { "thu" } }`).
  /// - Throws: `RuleSyntaxError` or `RuleTableError`.
  public init(lua value: LuaValue) throws {
    if let text = value.stringValue {
      self = try RecurrenceRule(parsing: text)
      return
    }
    guard let table = value.tableValue else {
      throw RuleTableError(
        field: "rule", message: "expected a string or a table, got \(value.typeName)")
    }
    var fields: [String: RuleField] = [:]
    for (key, item) in table.entries {
      guard let name = key.stringValue else {
        throw RuleTableError(field: "\(key)", message: "rule tables take named fields only")
      }
      guard let field = RuleField(lua: item) else {
        throw RuleTableError(field: name, message: "unsupported value of type \(item.typeName)")
      }
      fields[name] = field
    }
    self = try RecurrenceRule(table: fields)
  }
}
