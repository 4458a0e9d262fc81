/// A recurrence rule: when an item falls due, in a form that expands deterministically into
/// occurrences. Text form: see `RecurrenceRule(parsing:)` and docs/calendar.md.
public struct RecurrenceRule: Hashable, Sendable {
  /// The repeating pattern.
  public var pattern: Pattern
  /// A daily time window (`at 07:00-11:00`), if the item has one.
  public var time: TimeWindow?
  /// A yearly window or phase (`during 03-15..04-15`) that limits occurrences.
  public var window: PhaseWindow?
  /// The first date the rule is in force (also the anchor of `every N weeks`).
  public var from: CivilDate?
  /// The last date the rule is in force.
  public var until: CivilDate?
  /// What to do when a due date is not a workday.
  public var holidays: HolidayPolicy

  /// Creates a rule.
  public init(
    _ pattern: Pattern, time: TimeWindow? = nil, window: PhaseWindow? = nil,
    from: CivilDate? = nil, until: CivilDate? = nil, holidays: HolidayPolicy = .keep
  ) {
    self.pattern = pattern
    self.time = time
    self.window = window
    self.from = from
    self.until = until
    self.holidays = holidays
  }

  /// The repeating part of a rule.
  public enum Pattern: Hashable, Sendable {
    /// Every day, or every workday (`daily`, `daily on workdays`).
    case daily(workdaysOnly: Bool)
    /// On the given weekdays every `interval` weeks (`weekly on mon,thu`,
    /// `every 2 weeks on fri`).
    case weekly(interval: Int, days: [Weekday])
    /// Once a month on the given day (`monthly on 15`, `monthly on last workday`…).
    case monthly(MonthDay)
    /// Once a quarter at its start or end plus an offset (`quarterly on end-5`).
    case quarterly(PeriodAnchor)
    /// Once a half-year at its start or end plus an offset (`halfyearly on start+9`).
    case halfYearly(PeriodAnchor)
    /// Once a year on a solar or lunar date (`yearly on 04-23`, `yearly on lunar 09-09`).
    case yearly(YearDay)
    /// Once per school term at an anchor (`termly at start`, `termly at week 2`).
    case termly(TermAnchor)
    /// `times` times within each period (`3 times per month`, `once per term`).
    case quota(times: Int, per: PeriodUnit)
    /// A one-off deadline (`once on 2026-12-31`).
    case once(CivilDate)
  }

  /// A day within a month.
  public enum MonthDay: Hashable, Sendable {
    /// Day N (1–31), clamped to the month's last day.
    case day(Int)
    /// The last calendar day.
    case lastDay
    /// The first workday.
    case firstWorkday
    /// The last workday.
    case lastWorkday
    /// The nth given weekday (n = 1…5), or the last when n = -1.
    case nthWeekday(Int, Weekday)
    /// The given weekday strictly before day N (`thu before 20`).
    case weekdayBefore(Weekday, Int)
    /// The given weekday strictly after day N (`mon after 10`).
    case weekdayAfter(Weekday, Int)
  }

  /// A point in a quarter or half-year: its first or last day plus `offset` days.
  public enum PeriodAnchor: Hashable, Sendable {
    /// The first day plus `offset` days.
    case start(offset: Int)
    /// The last day plus `offset` days (usually negative).
    case end(offset: Int)
  }

  /// A day in the year.
  public enum YearDay: Hashable, Sendable {
    /// A Gregorian month and day (02-29 falls on 02-28 in common years).
    case solar(month: Int, day: Int)
    /// A lunar month and day; `day` 0 means the month's last day (除夕 is lunar 12-last).
    case lunar(month: Int, day: Int)
  }

  /// A point in a school term.
  public enum TermAnchor: Hashable, Sendable {
    /// The first day of term plus `offset` days.
    case start(offset: Int)
    /// The mid-term date plus `offset` days.
    case midterm(offset: Int)
    /// The last day of term plus `offset` days.
    case end(offset: Int)
    /// Teaching week N: due on its last workday, the window being the whole week.
    case week(Int)
  }
}

/// What to do with an occurrence whose due date is not a workday.
public enum HolidayPolicy: String, CaseIterable, Sendable {
  /// Keep the date as it is.
  case keep
  /// Move it to the previous workday.
  case previous
  /// Move it to the next workday.
  case next
  /// Drop the occurrence.
  case skip
}

/// A time of day window, e.g. 07:00–11:00 (or a single time when start == end).
public struct TimeWindow: Hashable, Sendable {
  /// Minutes after midnight when the window opens.
  public var start: Int
  /// Minutes after midnight when it closes.
  public var end: Int
  /// Creates a window from minutes after midnight.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}

/// A window within each year (a phase), possibly crossing into the next year, e.g.
/// 03-15 … 04-15 or 07-01 … next year's 06-30.
public struct PhaseWindow: Hashable, Sendable {
  /// Month and day of the first day.
  public var startMonth: Int, startDay: Int
  /// Month and day of the last day.
  public var endMonth: Int, endDay: Int
  /// How many years after the start the end falls (0 or more).
  public var endYearOffset: Int

  /// Creates a window; the end year offset defaults to 1 when the end precedes the start.
  public init(start: (Int, Int), end: (Int, Int), endYearOffset: Int? = nil) {
    self.startMonth = start.0
    self.startDay = start.1
    self.endMonth = end.0
    self.endDay = end.1
    self.endYearOffset = endYearOffset ?? PhaseWindow.inferredOffset(start: start, end: end)
  }

  static func inferredOffset(start: (Int, Int), end: (Int, Int)) -> Int {
    (end.0, end.1) < (start.0, start.1) ? 1 : 0
  }

  /// The window's days for the instance starting in `year`.
  public func days(startingIn year: Int) -> ClosedRange<CivilDate> {
    let from = CivilDate(
      year, startMonth, min(startDay, CivilDate.daysIn(month: startMonth, year: year)))
    let y2 = year + endYearOffset
    let to = CivilDate(y2, endMonth, min(endDay, CivilDate.daysIn(month: endMonth, year: y2)))
    return from...max(from, to)
  }
}
