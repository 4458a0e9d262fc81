/// A calendar date without a time or time zone (proleptic Gregorian), stored as a day
/// number so that arithmetic and comparison are integer operations.
public struct CivilDate: Hashable, Comparable, Sendable, Strideable {
  /// Days since 1970-01-01 (negative before).
  public let dayNumber: Int

  /// Creates the date with the given day number (days since 1970-01-01).
  public init(dayNumber: Int) { self.dayNumber = dayNumber }

  /// Creates a date from its parts, or `nil` when they do not name a real date.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year)
    else { return nil }
    self.dayNumber = CivilDate.days(year: year, month: month, day: day)
  }

  /// Creates a date from parts already known to be valid; out-of-range days roll over.
  public init(_ year: Int, _ month: Int, _ day: Int) {
    self.dayNumber = CivilDate.days(year: year, month: month, day: day)
  }

  /// The year, month and day.
  public var parts: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// The year.
  public var year: Int { parts.year }
  /// The month, 1–12.
  public var month: Int { parts.month }
  /// The day of the month, 1–31.
  public var day: Int { parts.day }

  /// The day of the week.
  public var weekday: Weekday {
    // 1970-01-01 was a Thursday (ISO 4).
    let iso = ((dayNumber + 3) % 7 + 7) % 7 + 1
    return Weekday(rawValue: iso)!
  }

  /// Whether the date falls on Saturday or Sunday.
  public var isWeekend: Bool { weekday.rawValue >= 6 }

  /// The date `n` days later (earlier when negative).
  public func adding(days n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

  /// The same day `n` months later, clamped to the end of a shorter month.
  public func adding(months n: Int) -> CivilDate {
    let p = parts
    let index = p.year * 12 + (p.month - 1) + n
    let y = Int((Double(index) / 12).rounded(.down))
    let m = index - y * 12 + 1
    return CivilDate(y, m, min(p.day, CivilDate.daysIn(month: m, year: y)))
  }

  /// The first day of this date's month.
  public var startOfMonth: CivilDate { let p = parts; return CivilDate(p.year, p.month, 1) }

  /// The last day of this date's month.
  public var endOfMonth: CivilDate {
    let p = parts
    return CivilDate(p.year, p.month, CivilDate.daysIn(month: p.month, year: p.year))
  }

  /// Whether `year` is a Gregorian leap year.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func days(year: Int, month: Int, day: Int) -> Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }
  public func distance(to other: CivilDate) -> Int { other.dayNumber - dayNumber }
  public func advanced(by n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }
}

extension CivilDate: CustomStringConvertible, LosslessStringConvertible {
  /// The ISO form `YYYY-MM-DD`.
  public var description: String {
    let p = parts
    return "\(p.year)-\(CivilDate.pad(p.month))-\(CivilDate.pad(p.day))"
  }

  /// Parses `YYYY-MM-DD` (also `YYYY-M-D`); `nil` if malformed or not a real date.
  public init?(_ text: String) {
    let fields = text.split(separator: "-", omittingEmptySubsequences: false)
    guard fields.count == 3, fields[0].count == 4, (1...2).contains(fields[1].count),
      (1...2).contains(fields[2].count),
      let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension CivilDate: Codable {
  /// Decodes from the ISO string form.
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = CivilDate(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
    }
    self = date
  }

  /// Encodes as the ISO string form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
