/// The stable name of the period an occurrence belongs to: `2026-11-23` (day),
/// `2026-W47` (ISO week), `2026-11` (month), `2026-Q4`, `2026-H2`, `2026-T1` (term),
/// `2026` (year).
public enum PeriodKey: Hashable, Sendable, Comparable {
  case day(CivilDate)
  case week(year: Int, week: Int)
  case month(year: Int, month: Int)
  case quarter(year: Int, quarter: Int)
  case half(year: Int, half: Int)
  case term(year: Int, index: Int)
  case year(Int)

  /// The calendar days of this period; `nil` for a term (its dates are configured).
  public var days: ClosedRange<CivilDate>? {
    switch self {
    case .day(let d): return d...d
    case .week(let y, let w):
      let monday = CivilDate.mondayOf(isoYear: y, week: w)
      return monday...monday.adding(days: 6)
    case .month(let y, let m):
      let first = CivilDate(y, m, 1)
      return first...first.endOfMonth
    case .quarter(let y, let q):
      let first = CivilDate(y, (q - 1) * 3 + 1, 1)
      return first...first.adding(months: 2).endOfMonth
    case .half(let y, let h):
      let first = CivilDate(y, (h - 1) * 6 + 1, 1)
      return first...first.adding(months: 5).endOfMonth
    case .term: return nil
    case .year(let y): return CivilDate(y, 1, 1)...CivilDate(y, 12, 31)
    }
  }

  /// The period of `unit` containing `date` (terms are not found this way).
  public static func containing(_ date: CivilDate, unit: PeriodUnit) -> PeriodKey {
    let p = date.parts
    switch unit {
    case .day: return .day(date)
    case .week:
      let w = date.isoWeek
      return .week(year: w.year, week: w.week)
    case .month: return .month(year: p.year, month: p.month)
    case .quarter: return .quarter(year: p.year, quarter: (p.month - 1) / 3 + 1)
    case .half: return .half(year: p.year, half: (p.month - 1) / 6 + 1)
    case .year, .term, .phase: return .year(p.year)
    }
  }

  /// The period right after this one (a term's successor is the next index or year).
  public var next: PeriodKey {
    switch self {
    case .day(let d): return .day(d.adding(days: 1))
    case .week, .month, .quarter, .half, .year:
      return PeriodKey.containing(days!.upperBound.adding(days: 1), unit: unit)
    case .term(let y, let i):
      return i >= 2 ? .term(year: y + 1, index: 1) : .term(year: y, index: 2)
    }
  }

  /// The kind of period.
  public var unit: PeriodUnit {
    switch self {
    case .day: return .day
    case .week: return .week
    case .month: return .month
    case .quarter: return .quarter
    case .half: return .half
    case .term: return .term
    case .year: return .year
    }
  }

  public static func < (a: PeriodKey, b: PeriodKey) -> Bool { a.description < b.description }
}

/// A kind of period, as used by quotas (`3 times per month`) and period keys.
public enum PeriodUnit: String, CaseIterable, Sendable {
  case day, week, month, quarter, half, year, term
  /// The window given by the rule's `during` clause.
  case phase
}

extension PeriodKey: CustomStringConvertible, LosslessStringConvertible {
  /// The key's text form, e.g. `2026-W47`.
  public var description: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    switch self {
    case .day(let d): return d.description
    case .week(let y, let w): return "\(y)-W\(two(w))"
    case .month(let y, let m): return "\(y)-\(two(m))"
    case .quarter(let y, let q): return "\(y)-Q\(q)"
    case .half(let y, let h): return "\(y)-H\(h)"
    case .term(let y, let i): return "\(y)-T\(i)"
    case .year(let y): return "\(y)"
    }
  }

  /// Parses a key's text form; `nil` if malformed.
  public init?(_ text: String) {
    if let d = CivilDate(text) {
      self = .day(d)
      return
    }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let y = Int(first) else { return nil }
    if parts.count == 1 {
      self = .year(y)
      return
    }
    guard parts.count == 2, let tag = parts[1].first else { return nil }
    let rest = parts[1].dropFirst()
    if tag.isNumber, let m = Int(parts[1]), (1...12).contains(m), parts[1].count == 2 {
      self = .month(year: y, month: m)
      return
    }
    guard let n = Int(rest) else { return nil }
    switch tag {
    case "W" where (1...CivilDate.isoWeeks(in: y)).contains(n): self = .week(year: y, week: n)
    case "Q" where (1...4).contains(n): self = .quarter(year: y, quarter: n)
    case "H" where (1...2).contains(n): self = .half(year: y, half: n)
    case "T" where (1...2).contains(n): self = .term(year: y, index: n)
    default: return nil
    }
  }
}
