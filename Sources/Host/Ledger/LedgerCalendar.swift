import Foundation

/// Dates as the ledger's users write them: days `YYYY-MM-DD` in the site time zone
/// (Asia/Shanghai until the config file exists), months as period keys.
public enum LedgerCalendar {
  /// The site time zone.
  public static let timeZone = TimeZone(identifier: "Asia/Shanghai")!

  static var calendar: Calendar {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = timeZone
    return c
  }

  /// The start of day `YYYY-MM-DD`, or nil when the text is not a real date.
  public static func day(_ text: String) -> Date? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), (1...31).contains(d)
    else { return nil }
    let components = DateComponents(year: y, month: m, day: d)
    guard let date = calendar.date(from: components) else { return nil }
    let back = calendar.dateComponents([.year, .month, .day], from: date)
    guard back.year == y, back.month == m, back.day == d else { return nil }
    return date
  }

  /// The month period key (`2026-11`) of a moment.
  public static func monthKey(of date: Date) -> String {
    let c = calendar.dateComponents([.year, .month], from: date)
    return String(format: "%04d-%02d", c.year ?? 0, c.month ?? 0)
  }

  /// `YYYY-MM-DD HH:MM` in the site time zone.
  public static func minuteText(_ date: Date) -> String {
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0,
      c.minute ?? 0)
  }
}
