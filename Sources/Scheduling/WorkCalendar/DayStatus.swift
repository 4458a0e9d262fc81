/// Why a date is or is not a working day.
public enum DayKind: String, Sendable, Codable {
  /// An ordinary Monday–Friday.
  case workday
  /// An ordinary Saturday or Sunday.
  case weekend
  /// A statutory holiday from the official arrangement.
  case holiday
  /// A weekend day that is an official working day (调休上班).
  case makeupWorkday
  /// A day the unit itself closed (vacation, local closure).
  case closure
}

/// A date's standing in a work calendar.
public struct DayStatus: Hashable, Sendable {
  /// The date.
  public let date: CivilDate
  /// Why it is or is not a working day.
  public let kind: DayKind
  /// The holiday or closure name, if any (for a make-up workday: the holiday it pays for).
  public let name: String?
  /// Whether the date lies in a year the calendar has official data for; when `false`
  /// the status was computed from weekends alone.
  public let isCovered: Bool

  /// Whether people work on this day.
  public var isWorkday: Bool { kind == .workday || kind == .makeupWorkday }

  /// A short Chinese explanation (工作日, 周末, 春节假期, 调休上班（国庆节）, …).
  public var chineseReason: String {
    switch kind {
    case .workday: return "工作日"
    case .weekend: return "周末"
    case .holiday: return "\(name ?? "")假期"
    case .makeupWorkday: return "调休上班（\(name ?? "")）"
    case .closure: return "\(name ?? "")（单位停休）"
    }
  }
}
