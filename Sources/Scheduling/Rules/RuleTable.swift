/// A value in the structured (table) form of a rule, as a plugin writes it in Lua:
/// `{ every = "month", on = "last workday", holiday = "previous" }`.
public enum RuleField: Hashable, Sendable {
  case string(String)
  case integer(Int)
  case boolean(Bool)
  case list([RuleField])
}

/// A rule table with a missing, unknown or ill-typed field.
public struct RuleTableError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The offending field.
  public let field: String
  /// What was wrong.
  public let message: String
  /// Creates the error.
  public init(field: String, message: String) {
    self.field = field
    self.message = message
  }
  /// `field "on": message`.
  public var description: String { "field \"\(field)\": \(message)" }
}

extension RecurrenceRule {
  /// The structured form. Keys: `every` (day, workday, week, N weeks as `weeks` + `interval`,
  /// month, quarter, half, year, term, or `once`), `on` (the compact text of the pattern's
  /// day, e.g. "last workday", "mon,thu", "lunar 09-09", "week 2", "2026-12-31"), `times`
  /// and `per` for quotas, and `at`, `during`, `from`, `until`, `holiday` as in the text form.
  public var table: [String: RuleField] {
    var t: [String: RuleField] = [:]
    switch pattern {
    case .daily(let w): t["every"] = .string(w ? "workday" : "day")
    case .weekly(let interval, let days):
      t["every"] = .string("week")
      if interval != 1 { t["interval"] = .integer(interval) }
      t["on"] = .list(days.map { .string($0.token) })
    case .monthly(let d): t["every"] = .string("month"); t["on"] = .string(d.description)
    case .quarterly(let a): t["every"] = .string("quarter"); t["on"] = .string(a.description)
    case .halfYearly(let a): t["every"] = .string("half"); t["on"] = .string(a.description)
    case .yearly(let d): t["every"] = .string("year"); t["on"] = .string(d.description)
    case .termly(let a): t["every"] = .string("term"); t["on"] = .string(a.description)
    case .quota(let n, let unit):
      t["times"] = .integer(n)
      t["per"] = .string(unit.rawValue)
    case .once(let date): t["every"] = .string("once"); t["on"] = .string(date.description)
    }
    if let time { t["at"] = .string(time.description) }
    if let window { t["during"] = .string(window.description) }
    if let from { t["from"] = .string(from.description) }
    if let until { t["until"] = .string(until.description) }
    if holidays != .keep { t["holiday"] = .string(holidays.rawValue) }
    return t
  }

  /// Builds a rule from its structured form (see `table`).
  /// - Throws: `RuleTableError` naming the field at fault.
  public init(table t: [String: RuleField]) throws {
    let known: Set = [
      "every", "interval", "on", "times", "per", "at", "during", "from", "until",
      "holiday",
    ]
    if let unknown = t.keys.sorted().first(where: { !known.contains($0) }) {
      throw RuleTableError(
        field: unknown,
        message: "unknown field; expected one of "
          + known.sorted().joined(separator: ", "))
    }
    func string(_ key: String) throws -> String? {
      switch t[key] {
      case nil: return nil
      case .string(let s)?: return s
      case .integer(let n)?: return String(n)
      default: throw RuleTableError(field: key, message: "expected a string")
      }
    }
    var words: [String] = []
    if let times = t["times"] {
      guard case .integer(let n) = times, n >= 1 else {
        throw RuleTableError(field: "times", message: "expected a positive integer")
      }
      let per = try string("per") ?? "phase"
      words.append(n == 1 ? "once" : "\(n) times")
      if per == "phase" {
        guard let during = try string("during") else {
          throw RuleTableError(field: "during", message: "a quota per phase needs a window")
        }
        words.append("during \(during)")
      } else {
        words.append("per \(per)")
        if let during = try string("during") { words.append("during \(during)") }
      }
    } else {
      guard let every = try string("every") else {
        throw RuleTableError(
          field: "every",
          message: "missing; expected day, workday, week, "
            + "month, quarter, half, year, term or once (or times + per)")
      }
      var on: String?
      if case .list(let items)? = t["on"] {
        on = try items.map {
          guard case .string(let s) = $0 else {
            throw RuleTableError(field: "on", message: "expected a list of weekday names")
          }
          return s
        }.joined(separator: ",")
      } else {
        on = try string("on")
      }
      func need() throws -> String {
        guard let on else {
          throw RuleTableError(field: "on", message: "missing for every = \"\(every)\"")
        }
        return on
      }
      switch every {
      case "day": words.append("daily")
      case "workday": words.append("daily on workdays")
      case "week":
        if case .integer(let n)? = t["interval"], n != 1 {
          words.append("every \(n) weeks on \(try need())")
        } else {
          words.append("weekly on \(try need())")
        }
      case "month": words.append("monthly on \(try need())")
      case "quarter": words.append("quarterly on \(try need())")
      case "half": words.append("halfyearly on \(try need())")
      case "year": words.append("yearly on \(try need())")
      case "term": words.append("termly at \(try need())")
      case "once": words.append("once on \(try need())")
      default:
        throw RuleTableError(field: "every", message: "unknown value \"\(every)\"")
      }
      if let during = try string("during") { words.append("during \(during)") }
    }
    for key in ["at", "from", "until", "holiday"] {
      if let value = try string(key) { words.append("\(key) \(value)") }
    }
    do {
      self = try RecurrenceRule(parsing: words.joined(separator: " "))
    } catch let error as RuleSyntaxError {
      throw RuleTableError(field: "rule", message: "\(error.problem); expected \(error.expected)")
    }
  }
}
