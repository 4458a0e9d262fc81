extension RecurrenceRule: CustomStringConvertible {
  /// The canonical compact text; parsing it gives back an equal rule.
  public var description: String {
    var words = [patternText]
    if let time { words.append("at \(time)") }
    if let window, !isPhaseQuota { words.append("during \(window)") }
    if let from { words.append("from \(from)") }
    if let until { words.append("until \(until)") }
    if holidays != .keep { words.append("holiday \(holidays.rawValue)") }
    return words.joined(separator: " ")
  }

  private var patternText: String {
    switch pattern {
    case .daily(let workdaysOnly): return workdaysOnly ? "daily on workdays" : "daily"
    case .weekly(let interval, let days):
      let list = days.map(\.token).joined(separator: ",")
      return interval == 1 ? "weekly on \(list)" : "every \(interval) weeks on \(list)"
    case .monthly(let day): return "monthly on \(day)"
    case .quarterly(let anchor): return "quarterly on \(anchor)"
    case .halfYearly(let anchor): return "halfyearly on \(anchor)"
    case .yearly(let day): return "yearly on \(day)"
    case .termly(let anchor): return "termly at \(anchor)"
    case .quota(let n, let unit):
      let count = n == 1 ? "once" : "\(n) times"
      if unit == .phase { return "\(count) during \(window.map(\.description) ?? "01-01..12-31")" }
      return "\(count) per \(unit.rawValue)"
    case .once(let date): return "once on \(date)"
    }
  }
}

private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

private func signed(_ n: Int) -> String { n == 0 ? "" : n > 0 ? "+\(n)" : "\(n)" }

extension RecurrenceRule.MonthDay: CustomStringConvertible {
  /// The text after `monthly on`.
  public var description: String {
    let ordinals = ["1st", "2nd", "3rd", "4th", "5th"]
    switch self {
    case .day(let n): return "\(n)"
    case .lastDay: return "last day"
    case .firstWorkday: return "first workday"
    case .lastWorkday: return "last workday"
    case .nthWeekday(let n, let day):
      return n < 0 ? "last \(day.token)" : "\(ordinals[n - 1]) \(day.token)"
    case .weekdayBefore(let day, let n): return "\(day.token) before \(n)"
    case .weekdayAfter(let day, let n): return "\(day.token) after \(n)"
    }
  }
}

extension RecurrenceRule.PeriodAnchor: CustomStringConvertible {
  /// `start`, `start+N`, `end`, `end-N`.
  public var description: String {
    switch self {
    case .start(let n): return "start" + signed(n)
    case .end(let n): return "end" + signed(n)
    }
  }
}

extension RecurrenceRule.TermAnchor: CustomStringConvertible {
  /// `start`, `midterm-3`, `end`, `week 2`.
  public var description: String {
    switch self {
    case .start(let n): return "start" + signed(n)
    case .midterm(let n): return "midterm" + signed(n)
    case .end(let n): return "end" + signed(n)
    case .week(let n): return "week \(n)"
    }
  }
}

extension TimeWindow: CustomStringConvertible {
  /// `HH:MM` or `HH:MM-HH:MM`.
  public var description: String {
    let a = "\(pad(start / 60)):\(pad(start % 60))"
    return start == end ? a : a + "-\(pad(end / 60)):\(pad(end % 60))"
  }
}

extension PhaseWindow: CustomStringConvertible {
  /// `MM-DD..MM-DD`, with `+N-` before the end when its year offset is not the obvious one.
  public var description: String {
    let inferred = PhaseWindow.inferredOffset(
      start: (startMonth, startDay), end: (endMonth, endDay))
    let prefix = endYearOffset == inferred ? "" : "+\(endYearOffset)-"
    return "\(pad(startMonth))-\(pad(startDay))..\(prefix)\(pad(endMonth))-\(pad(endDay))"
  }
}

extension RecurrenceRule.YearDay: CustomStringConvertible {
  /// `MM-DD`, `lunar MM-DD` or `lunar MM-last`.
  public var description: String {
    switch self {
    case .solar(let m, let d): return "\(pad(m))-\(pad(d))"
    case .lunar(let m, let d): return "lunar \(pad(m))-\(d == 0 ? "last" : pad(d))"
    }
  }
}
