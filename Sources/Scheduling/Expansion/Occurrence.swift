import Foundation

/// One time an item falls due for a unit: its period, due date and the window in which
/// the work counts. Derived from a rule; never typed by hand.
public struct Occurrence: Hashable, Sendable {
  /// The stable period key (`2026-11`, `2026-W47`, `2026-T1`, …).
  public let period: PeriodKey
  /// The due date, after the holiday policy moved it.
  public let due: CivilDate
  /// The date the rule gave before any holiday move.
  public let nominal: CivilDate
  /// The dates in which doing the work counts for this occurrence.
  public let window: ClosedRange<CivilDate>
  /// The time of day window, if the rule has one.
  public let time: TimeWindow?
  /// How many times the work is expected in the window (1 unless the rule is a quota).
  public let quota: Int

  /// Creates an occurrence.
  public init(
    period: PeriodKey, due: CivilDate, nominal: CivilDate, window: ClosedRange<CivilDate>,
    time: TimeWindow? = nil, quota: Int = 1
  ) {
    self.period = period
    self.due = due
    self.nominal = nominal
    self.window = window
    self.time = time
    self.quota = quota
  }

  /// Whether the holiday policy moved the due date.
  public var wasMoved: Bool { due != nominal }

  /// How many of the quota should be done by the end of `date`, pro rata over the
  /// window's workdays (over its calendar days when it has no workday).
  public func expectedProgress(asOf date: CivilDate, calendar: WorkCalendar) -> Double {
    if date < window.lowerBound { return 0 }
    if date >= window.upperBound { return Double(quota) }
    let total = calendar.workdays(in: window)
    if total == 0 {
      let days = Double(window.count)
      return Double(quota) * Double(window.lowerBound.distance(to: date) + 1) / days
    }
    let done = calendar.workdays(in: window.lowerBound...date)
    return Double(quota) * Double(done) / Double(total)
  }

  /// Whether a unit with `done` completions by the end of `date` is behind the pro-rated
  /// expectation (by at least one whole completion).
  public func isBehind(done: Int, asOf date: CivilDate, calendar: WorkCalendar) -> Bool {
    Double(done) <= expectedProgress(asOf: date, calendar: calendar) - 1
  }

  /// The moment the occurrence is due in `zone`: the end of its time window, or the end
  /// of the due day.
  public func dueInstant(in zone: TimeZone) -> Date {
    let minutes = time?.end ?? 24 * 60
    return due.startInstant(in: zone).addingTimeInterval(
      Double(minutes * 60) - (time == nil ? 1 : 0))
  }
}

extension CivilDate {
  /// The date of `instant` in `zone`.
  public init(_ instant: Date, in zone: TimeZone) {
    let seconds = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
    self.init(dayNumber: Int((seconds / 86_400).rounded(.down)))
  }

  /// Today's date in `zone`.
  public static func today(in zone: TimeZone) -> CivilDate { CivilDate(Date(), in: zone) }

  /// Midnight at the start of this date in `zone`.
  public func startInstant(in zone: TimeZone) -> Date {
    let guess = Date(timeIntervalSince1970: Double(dayNumber) * 86_400)
    let offset = zone.secondsFromGMT(
      for: guess.addingTimeInterval(-Double(zone.secondsFromGMT(for: guess))))
    return guess.addingTimeInterval(-Double(offset))
  }
}

/// What a rule needs to know about the unit it is expanded for.
public struct SchedulingContext: Sendable {
  /// The unit's working-day calendar (national data plus its closures).
  public var calendar: WorkCalendar
  /// The unit's school terms (empty for units without terms).
  public var school: SchoolCalendar
  /// The unit's time zone (default Asia/Shanghai).
  public var timeZone: TimeZone

  /// Creates a context.
  public init(
    calendar: WorkCalendar = .weekendsOnly, terms: [SchoolTerm] = [],
    timeZone: TimeZone = SchedulingContext.defaultTimeZone
  ) {
    self.calendar = calendar
    self.school = SchoolCalendar(terms: terms)
    self.timeZone = timeZone
  }

  /// Asia/Shanghai.
  public static let defaultTimeZone =
    TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
}
