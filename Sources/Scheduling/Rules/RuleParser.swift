extension RecurrenceRule {
  /// Parses the compact text form, e.g. `monthly on last workday`, `weekly on thu`,
  /// `yearly on lunar 09-09`, `termly at week 2`, `monthly on thu before 20 holiday next`.
  /// - Throws: `RuleSyntaxError` with the column and what was expected there.
  public init(parsing text: String) throws {
    var parser = RuleParser(text: text)
    self = try parser.rule()
  }
}

struct RuleParser {
  let tokens: [RuleToken]
  let endColumn: Int
  var index = 0

  init(text: String) {
    tokens = RuleLexer.tokens(text)
    endColumn = text.count + 1
  }

  static let weekdays = "mon … sun"
  static let patterns =
    "daily, weekly, every N weeks, monthly, quarterly, halfyearly, yearly, termly, once, N times"

  // MARK: Token access

  var peek: RuleToken? { index < tokens.count ? tokens[index] : nil }

  mutating func take(_ expected: String) throws -> RuleToken {
    guard let token = peek else {
      throw RuleSyntaxError("unexpected end of rule", column: endColumn, expected: expected)
    }
    index += 1
    return token
  }

  mutating func keyword(_ word: String) throws {
    let token = try take("\"\(word)\"")
    guard token.text.lowercased() == word else {
      throw RuleSyntaxError(
        "unexpected \"\(token.text)\"", column: token.column, expected: "\"\(word)\"")
    }
  }

  mutating func accept(_ word: String) -> Bool {
    if peek?.text.lowercased() == word {
      index += 1
      return true
    }
    return false
  }

  /// A whole number in `range`; `noun` names it in messages (`week number`).
  mutating func integer(_ noun: String, _ range: ClosedRange<Int>) throws -> Int {
    let what = "a \(noun) \(range.lowerBound)…\(range.upperBound)"
    let token = try take(what)
    guard let n = Int(token.text), range.contains(n) else {
      throw RuleSyntaxError("bad \(noun) \"\(token.text)\"", column: token.column, expected: what)
    }
    return n
  }

  mutating func weekday() throws -> Weekday {
    let token = try take(RuleParser.weekdays)
    guard let day = Weekday(token: token.text) else {
      throw RuleSyntaxError(
        "unknown weekday \"\(token.text)\"", column: token.column,
        expected: RuleParser.weekdays)
    }
    return day
  }

  // MARK: Rule

  mutating func rule() throws -> RecurrenceRule {
    var rule = RecurrenceRule(try pattern())
    if case .quota(let n, .phase) = rule.pattern {
      rule.window = try phaseWindow(try take("a window MM-DD..MM-DD"))
      rule.pattern = .quota(times: n, per: .phase)
    }
    try modifiers(&rule)
    return rule
  }

  mutating func pattern() throws -> RecurrenceRule.Pattern {
    let token = try take(RuleParser.patterns)
    switch token.text.lowercased() {
    case "daily":
      if accept("on") {
        try keyword("workdays")
        return .daily(workdaysOnly: true)
      }
      return .daily(workdaysOnly: false)
    case "weekly":
      try keyword("on")
      return .weekly(interval: 1, days: try weekdayList())
    case "every":
      let n = try integer("number of weeks", 1...52)
      let unit = try take("\"weeks\"")
      guard ["weeks", "week"].contains(unit.text.lowercased()) else {
        throw RuleSyntaxError(
          "unexpected \"\(unit.text)\"", column: unit.column, expected: "\"weeks\"")
      }
      try keyword("on")
      return .weekly(interval: n, days: try weekdayList())
    case "monthly":
      try keyword("on")
      return .monthly(try monthDay())
    case "quarterly":
      try keyword("on")
      return .quarterly(try periodAnchor())
    case "halfyearly":
      try keyword("on")
      return .halfYearly(try periodAnchor())
    case "yearly":
      try keyword("on")
      return .yearly(try yearDay())
    case "termly":
      try keyword("at")
      return .termly(try termAnchor())
    case "once":
      if accept("on") {
        let date = try take("a date YYYY-MM-DD")
        guard let day = CivilDate(date.text) else {
          throw RuleSyntaxError(
            "bad date \"\(date.text)\"", column: date.column, expected: "a date YYYY-MM-DD")
        }
        return .once(day)
      }
      return try quotaTail(times: 1)
    default:
      if let n = Int(token.text), n >= 1 {
        try keyword("times")
        return try quotaTail(times: n)
      }
      throw RuleSyntaxError(
        "unknown rule \"\(token.text)\"", column: token.column,
        expected: RuleParser.patterns)
    }
  }

  mutating func quotaTail(times: Int) throws -> RecurrenceRule.Pattern {
    if accept("during") { return .quota(times: times, per: .phase) }
    let expected = "\"per\" or \"during\""
    let word = try take(expected)
    guard word.text.lowercased() == "per" else {
      throw RuleSyntaxError("unexpected \"\(word.text)\"", column: word.column, expected: expected)
    }
    let units = "week, month, quarter, half, year or term"
    let unit = try take(units)
    guard let per = PeriodUnit(rawValue: unit.text.lowercased()), per != .phase, per != .day else {
      throw RuleSyntaxError("unknown period \"\(unit.text)\"", column: unit.column, expected: units)
    }
    return .quota(times: times, per: per)
  }

  mutating func weekdayList() throws -> [Weekday] {
    var days = [try weekday()]
    while accept(",") { days.append(try weekday()) }
    return days.sorted().reduce(into: []) { if $0.last != $1 { $0.append($1) } }
  }
}
