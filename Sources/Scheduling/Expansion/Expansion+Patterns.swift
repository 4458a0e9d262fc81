extension RecurrenceRule {
  typealias Emit = (
    _ period: PeriodKey, _ nominal: CivilDate, _ window: ClosedRange<CivilDate>, _ quota: Int
  ) -> Void

  /// Calls `emit` for every nominal date of the pattern in `range`, in date order.
  func generate(over range: ClosedRange<CivilDate>, context: SchedulingContext, emit: Emit) {
    let calendar = context.calendar
    switch pattern {
    case .daily(let workdaysOnly):
      for day in range where !workdaysOnly || calendar.isWorkday(day) {
        emit(.day(day), day, day...day, 1)
      }
    case .weekly(let interval, let days):
      let anchor = (from ?? CivilDate(1970, 1, 5)).startOfWeek.dayNumber
      var mask = [Bool](repeating: false, count: 8)
      for day in days { mask[day.rawValue] = true }
      for day in range where mask[day.weekday.rawValue] {
        let weeks = (day.startOfWeek.dayNumber - anchor) / 7
        guard interval == 1 || ((weeks % interval) + interval) % interval == 0 else { continue }
        let w = day.isoWeek
        emit(.week(year: w.year, week: w.week), day, day...day, 1)
      }
    case .monthly(let monthDay):
      forEachPeriod(.month, over: range) { key, days in
        guard let due = monthDay.date(in: days, calendar: calendar) else { return }
        emit(key, due, span(days.lowerBound, due), 1)
      }
    case .quarterly(let anchor), .halfYearly(let anchor):
      let unit: PeriodUnit = if case .quarterly = pattern { .quarter } else { .half }
      forEachPeriod(unit, over: range) { key, days in
        let due =
          switch anchor {
          case .start(let n): days.lowerBound.adding(days: n)
          case .end(let n): days.upperBound.adding(days: n)
          }
        emit(key, due, span(days.lowerBound, due), 1)
      }
    case .yearly(.solar(let month, let day)):
      for year in range.lowerBound.year...range.upperBound.year {
        let due = CivilDate(year, month, Swift.min(day, CivilDate.daysIn(month: month, year: year)))
        if range.contains(due) { emit(.year(year), due, due...due, 1) }
      }
    case .yearly(.lunar(let month, let day)):
      for year in (range.lowerBound.year - 1)...range.upperBound.year {
        guard let due = RecurrenceRule.lunarDue(year: year, month: month, day: day),
          range.contains(due)
        else { continue }
        emit(.year(year), due, due...due, 1)
      }
    case .termly(let anchor):
      for term in context.school.terms {
        guard let (due, window) = anchor.date(in: term, calendar: calendar),
          range.contains(due)
        else { continue }
        emit(term.key, due, window, 1)
      }
    case .quota(let times, let unit):
      quotaWindows(unit, over: range, context: context) { key, days in
        emit(key, days.upperBound, days, times)
      }
    case .once(let date):
      if range.contains(date) { emit(.day(date), date, date...date, 1) }
    }
  }

  /// The dates from the earlier of `a` and `b` to the later.
  func span(_ a: CivilDate, _ b: CivilDate) -> ClosedRange<CivilDate> {
    Swift.min(a, b)...Swift.max(a, b)
  }

  /// The Gregorian date of lunar `month`-`day` in lunar year `year`; day 0 is the
  /// month's last day, and a 30th in a 29-day month falls on the 29th.
  static func lunarDue(year: Int, month: Int, day: Int) -> CivilDate? {
    guard let last = LunarCalendar.lastDay(ofMonth: month, year: year) else { return nil }
    if day == 0 { return last }
    let length = LunarCalendar.length(ofMonth: month, year: year) ?? 30
    return last.adding(days: Swift.min(day, length) - length)
  }

  func forEachPeriod(
    _ unit: PeriodUnit, over range: ClosedRange<CivilDate>,
    _ body: (PeriodKey, ClosedRange<CivilDate>) -> Void
  ) {
    // Start one period early so that anchors with negative offsets are not missed.
    var key = PeriodKey.containing(range.lowerBound.adding(days: -1), unit: unit)
    var days = key.days!
    let last = range.upperBound.adding(days: 1)
    while days.lowerBound <= last {
      body(key, days)
      key = PeriodKey.containing(days.upperBound.adding(days: 1), unit: unit)
      days = key.days!
    }
  }

  func quotaWindows(
    _ unit: PeriodUnit, over range: ClosedRange<CivilDate>, context: SchedulingContext,
    _ body: (PeriodKey, ClosedRange<CivilDate>) -> Void
  ) {
    switch unit {
    case .term:
      for term in context.school.terms where range.contains(term.end) { body(term.key, term.days) }
    case .phase:
      guard let window else { return }
      for year in (range.lowerBound.year - window.endYearOffset - 1)...range.upperBound.year {
        let days = window.days(startingIn: year)
        if range.contains(days.upperBound) { body(.year(year), days) }
      }
    default:
      forEachPeriod(unit, over: range) { key, days in
        if range.contains(days.upperBound) { body(key, days) }
      }
    }
  }
}

extension RecurrenceRule.MonthDay {
  /// The date in the month `days`, or `nil` when it does not exist (a 5th Monday).
  func date(in days: ClosedRange<CivilDate>, calendar: WorkCalendar) -> CivilDate? {
    let first = days.lowerBound
    let last = days.upperBound
    func clamp(_ n: Int) -> CivilDate { first.adding(days: Swift.min(n, last.day) - 1) }
    switch self {
    case .day(let n): return clamp(n)
    case .lastDay: return last
    case .firstWorkday: return calendar.workdayOnOrAfter(first)
    case .lastWorkday: return calendar.workdayOnOrBefore(last)
    case .nthWeekday(let n, let weekday):
      if n < 0 {
        return last.adding(days: -((last.weekday.rawValue - weekday.rawValue + 7) % 7))
      }
      let firstMatch = first.adding(days: (weekday.rawValue - first.weekday.rawValue + 7) % 7)
      let date = firstMatch.adding(days: 7 * (n - 1))
      return date <= last ? date : nil
    case .weekdayBefore(let weekday, let n):
      let limit = clamp(n).adding(days: -1)
      return limit.adding(days: -((limit.weekday.rawValue - weekday.rawValue + 7) % 7))
    case .weekdayAfter(let weekday, let n):
      let limit = clamp(n).adding(days: 1)
      return limit.adding(days: (weekday.rawValue - limit.weekday.rawValue + 7) % 7)
    }
  }
}

extension RecurrenceRule.TermAnchor {
  /// The due date and window of this anchor in `term`.
  func date(
    in term: SchoolTerm, calendar: WorkCalendar
  ) -> (CivilDate, ClosedRange<CivilDate>)? {
    switch self {
    case .start(let n):
      let d = term.start.adding(days: n)
      return (d, d...d)
    case .midterm(let n):
      let d = term.midtermDate.adding(days: n)
      return (d, d...d)
    case .end(let n):
      let d = term.end.adding(days: n)
      return (d, d...d)
    case .week(let n):
      let week = term.week(n)
      let lower = Swift.max(week.lowerBound, term.start)
      let upper = Swift.min(week.upperBound, term.end)
      guard lower <= upper else { return nil }
      let due = (lower...upper).reversed().first(where: calendar.isWorkday) ?? upper
      return (due, lower...upper)
    }
  }
}
