extension RuleParser {
  static let monthDays =
    "a day 1…31, last day, first workday, last workday, 1st … 5th or last WEEKDAY, "
    + "or WEEKDAY before/after N"

  mutating func monthDay() throws -> RecurrenceRule.MonthDay {
    let token = try take(RuleParser.monthDays)
    let word = token.text.lowercased()
    if let n = Int(word) {
      guard (1...31).contains(n) else {
        throw RuleSyntaxError(
          "bad day \"\(token.text)\"", column: token.column, expected: "a day 1…31")
      }
      return .day(n)
    }
    if word == "last" || word == "first" {
      let next = try take(word == "last" ? "day, workday or a weekday" : "workday")
      switch next.text.lowercased() {
      case "day" where word == "last": return .lastDay
      case "workday": return word == "last" ? .lastWorkday : .firstWorkday
      default:
        if word == "last", let day = Weekday(token: next.text) { return .nthWeekday(-1, day) }
        throw RuleSyntaxError(
          "unexpected \"\(next.text)\"", column: next.column,
          expected: word == "last" ? "day, workday or \(RuleParser.weekdays)" : "\"workday\"")
      }
    }
    let ordinals = ["1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5]
    if let n = ordinals[word] { return .nthWeekday(n, try weekday()) }
    guard let day = Weekday(token: word) else {
      if word.count >= 3, word.allSatisfy(\.isLetter) {
        throw RuleSyntaxError(
          "unknown weekday \"\(token.text)\"", column: token.column,
          expected: RuleParser.weekdays)
      }
      throw RuleSyntaxError(
        "unexpected \"\(token.text)\"", column: token.column,
        expected: RuleParser.monthDays)
    }
    let relation = try take("\"before\" or \"after\"")
    let n = try integer("day", 1...31)
    switch relation.text.lowercased() {
    case "before": return .weekdayBefore(day, n)
    case "after": return .weekdayAfter(day, n)
    default:
      throw RuleSyntaxError(
        "unexpected \"\(relation.text)\"", column: relation.column,
        expected: "\"before\" or \"after\"")
    }
  }

  /// `start`, `end`, `start+N`, `end-N`.
  mutating func periodAnchor() throws -> RecurrenceRule.PeriodAnchor {
    let expected = "start, end, start+N or end-N"
    let token = try take(expected)
    let (name, offset) = try anchorParts(token, names: ["start", "end"], expected: expected)
    return name == "start" ? .start(offset: offset) : .end(offset: offset)
  }

  mutating func termAnchor() throws -> RecurrenceRule.TermAnchor {
    let expected = "start, midterm, end (each with an optional ±N) or week N"
    let token = try take(expected)
    if token.text.lowercased() == "week" {
      return .week(try integer("week number", 1...30))
    }
    let (name, offset) = try anchorParts(
      token, names: ["start", "midterm", "end"], expected: expected)
    switch name {
    case "start": return .start(offset: offset)
    case "midterm": return .midterm(offset: offset)
    default: return .end(offset: offset)
    }
  }

  func anchorParts(_ token: RuleToken, names: [String], expected: String) throws -> (String, Int) {
    let text = token.text.lowercased()
    let signIndex = text.firstIndex(where: { $0 == "+" || $0 == "-" })
    let name = String(text[..<(signIndex ?? text.endIndex)])
    guard names.contains(name) else {
      throw RuleSyntaxError(
        "unknown anchor \"\(token.text)\"", column: token.column, expected: expected)
    }
    guard let signIndex else { return (name, 0) }
    let digits = text[text.index(after: signIndex)...]
    guard let n = Int(digits), n <= 366 else {
      throw RuleSyntaxError(
        "bad offset \"\(token.text)\"", column: token.column + name.count,
        expected: "a number of days after the sign")
    }
    return (name, text[signIndex] == "-" ? -n : n)
  }

  mutating func yearDay() throws -> RecurrenceRule.YearDay {
    let lunar = accept("lunar")
    let expected = lunar ? "a lunar date MM-DD or MM-last" : "a date MM-DD"
    let token = try take(expected)
    let parts = token.text.lowercased().split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let month = Int(parts[0]), (1...12).contains(month) else {
      throw RuleSyntaxError("bad date \"\(token.text)\"", column: token.column, expected: expected)
    }
    if lunar {
      if parts[1] == "last" { return .lunar(month: month, day: 0) }
      guard let day = Int(parts[1]), (1...30).contains(day) else {
        throw RuleSyntaxError(
          "bad date \"\(token.text)\"", column: token.column, expected: expected)
      }
      return .lunar(month: month, day: day)
    }
    guard let day = Int(parts[1]), (1...CivilDate.daysIn(month: month, year: 2000)).contains(day)
    else {
      throw RuleSyntaxError("bad date \"\(token.text)\"", column: token.column, expected: expected)
    }
    return .solar(month: month, day: day)
  }

  // MARK: Modifiers

  static let modifierWords = "at, during, from, until or holiday"

  mutating func modifiers(_ rule: inout RecurrenceRule) throws {
    while let token = peek {
      index += 1
      switch token.text.lowercased() {
      case "at": rule.time = try timeWindow(try take("a time HH:MM or HH:MM-HH:MM"))
      case "during": rule.window = try phaseWindow(try take("a window MM-DD..MM-DD"))
      case "from": rule.from = try date()
      case "until": rule.until = try date()
      case "holiday":
        let expected = "previous, next, skip or keep"
        let word = try take(expected)
        guard let policy = HolidayPolicy(rawValue: word.text.lowercased()) else {
          throw RuleSyntaxError(
            "unknown holiday policy \"\(word.text)\"", column: word.column,
            expected: expected)
        }
        rule.holidays = policy
      default:
        throw RuleSyntaxError(
          "unexpected \"\(token.text)\"", column: token.column,
          expected: RuleParser.modifierWords + " (or the end of the rule)")
      }
    }
  }

  mutating func date() throws -> CivilDate {
    let token = try take("a date YYYY-MM-DD")
    guard let day = CivilDate(token.text) else {
      throw RuleSyntaxError(
        "bad date \"\(token.text)\"", column: token.column, expected: "a date YYYY-MM-DD")
    }
    return day
  }

  func timeWindow(_ token: RuleToken) throws -> TimeWindow {
    let expected = "a time HH:MM or HH:MM-HH:MM"
    func minutes(_ s: Substring) -> Int? {
      let hm = s.split(separator: ":", omittingEmptySubsequences: false)
      guard hm.count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]),
        (0...24).contains(h), (0...59).contains(m), h * 60 + m <= 1440
      else { return nil }
      return h * 60 + m
    }
    let ends = token.text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(ends.count), let start = minutes(ends[0]),
      let end = ends.count == 2 ? minutes(ends[1]) : start, start <= end
    else {
      throw RuleSyntaxError("bad time \"\(token.text)\"", column: token.column, expected: expected)
    }
    return TimeWindow(start: start, end: end)
  }

  /// `MM-DD..MM-DD`, or `MM-DD..+N-MM-DD` for an end N years after the start.
  func phaseWindow(_ token: RuleToken) throws -> PhaseWindow {
    let expected = "a window MM-DD..MM-DD (or MM-DD..+1-MM-DD)"
    let bad = RuleSyntaxError(
      "bad window \"\(token.text)\"", column: token.column, expected: expected)
    let halves = token.text.components(separatedBy: "..")
    guard halves.count == 2 else { throw bad }
    func monthDay(_ s: String) -> (Int, Int)? {
      let p = s.split(separator: "-", omittingEmptySubsequences: false)
      guard p.count == 2, let m = Int(p[0]), let d = Int(p[1]), (1...12).contains(m),
        (1...CivilDate.daysIn(month: m, year: 2000)).contains(d)
      else { return nil }
      return (m, d)
    }
    var endText = halves[1]
    var offset: Int?
    if endText.hasPrefix("+") {
      let p = endText.dropFirst().split(separator: "-", maxSplits: 1)
      guard p.count == 2, let n = Int(p[0]), (0...5).contains(n) else { throw bad }
      offset = n
      endText = String(p[1])
    }
    guard let start = monthDay(halves[0]), let end = monthDay(endText) else { throw bad }
    if let offset, offset == 0, (end.0, end.1) < (start.0, start.1) { throw bad }
    return PhaseWindow(start: start, end: end, endYearOffset: offset)
  }
}
