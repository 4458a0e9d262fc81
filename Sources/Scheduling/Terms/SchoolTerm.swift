/// One school term (学期) as a unit configured it: its dates and optional mid-term date.
/// Terms are keyed by the calendar year they start in: `2026-T1` is the term starting
/// first in 2026 (spring), `2026-T2` the next (autumn).
public struct SchoolTerm: Hashable, Sendable, Codable {
  /// The year the term starts in.
  public var year: Int
  /// 1 for the first term starting in `year`, 2 for the second.
  public var index: Int
  /// A display name, e.g. 2025—2026学年第二学期.
  public var name: String
  /// The first day of term (开学).
  public var start: CivilDate
  /// The last day of term (期末).
  public var end: CivilDate
  /// The configured mid-term date (期中); the middle of the term when absent.
  public var midterm: CivilDate?

  /// Creates a term (an end before the start is taken as the start); `index` defaults to
  /// 1 for terms starting January–June, else 2.
  public init(
    start: CivilDate, end: CivilDate, midterm: CivilDate? = nil, index: Int? = nil,
    name: String? = nil
  ) {
    self.year = start.year
    self.index = index ?? (start.month <= 6 ? 1 : 2)
    self.start = start
    self.end = max(start, end)
    self.midterm = midterm
    self.name = name ?? SchoolTerm.defaultName(start: start)
  }

  /// The period key, e.g. `2026-T1`.
  public var key: PeriodKey { .term(year: year, index: index) }

  /// The days of the term.
  public var days: ClosedRange<CivilDate> { start...end }

  /// The mid-term date: configured, or halfway through the term.
  public var midtermDate: CivilDate {
    midterm ?? start.adding(days: start.distance(to: end) / 2)
  }

  /// The teaching week `n` (1-based; week 1 is the Monday–Sunday week holding the start).
  public func week(_ n: Int) -> ClosedRange<CivilDate> {
    let monday = start.startOfWeek.adding(days: (n - 1) * 7)
    return monday...monday.adding(days: 6)
  }

  /// The teaching week number of `date`, or `nil` outside the term.
  public func weekNumber(of date: CivilDate) -> Int? {
    guard days.contains(date) else { return nil }
    return start.startOfWeek.distance(to: date) / 7 + 1
  }

  /// The number of teaching weeks.
  public var weekCount: Int { weekNumber(of: end) ?? 0 }

  static func defaultName(start: CivilDate) -> String {
    displayName(year: start.year, index: start.month <= 6 ? 1 : 2)
  }

  /// The name people use for the term keyed `year-Tindex`: by the school year, whose first
  /// term is the autumn one — `2026-T2` (autumn 2026) is 2026—2027学年第一学期, `2027-T1`
  /// (spring 2027) 2026—2027学年第二学期.
  public static func displayName(year y: Int, index: Int) -> String {
    index == 1 ? "\(y - 1)—\(y)学年第二学期" : "\(y)—\(y + 1)学年第一学期"
  }
}

/// A unit's school terms, with the vacations between them.
public struct SchoolCalendar: Hashable, Sendable {
  /// The terms in date order.
  public let terms: [SchoolTerm]

  /// Creates the calendar from terms in any order.
  public init(terms: [SchoolTerm]) { self.terms = terms.sorted { $0.start < $1.start } }

  /// The term containing `date`, if any.
  public func term(containing date: CivilDate) -> SchoolTerm? {
    terms.first { $0.days.contains(date) }
  }

  /// The term with the given key, if configured.
  public func term(_ key: PeriodKey) -> SchoolTerm? { terms.first { $0.key == key } }

  /// The vacations between consecutive terms: 寒假 when it ends before June, else 暑假.
  public var vacations: [UnitClosure] {
    zip(terms, terms.dropFirst()).compactMap { a, b in
      let from = a.end.adding(days: 1)
      let to = b.start.adding(days: -1)
      guard from <= to else { return nil }
      return UnitClosure(name: to.month <= 6 ? "寒假" : "暑假", from: from, to: to)
    }
  }
}
