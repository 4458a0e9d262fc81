import Scheduling
import Storage

/// A rectification deadline as people write it: a day (`2026-10-12`), or a number of
/// working days from the day the problem was found (`5 个工作日`, `5工作日`, `10wd`,
/// `10 workdays`), or of calendar days (`30 天`, `30d`, `30 days`). Working days follow the
/// holiday data: a make-up Saturday (调休) counts, the National Day week does not.
public enum FindingDeadline {
  /// The deadline `text` gives for a problem found on `foundOn`.
  public static func resolve(_ text: String, foundOn: CivilDate, calendar: WorkCalendar) throws -> CivilDate {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let day = CivilDate(trimmed) {
      guard day >= foundOn else {
        throw UsageError("整改时限 \(day) 早于发现日期 \(foundOn)")
      }
      return day
    }
    guard let (count, workdays) = span(trimmed) else {
      throw UsageError(
        "整改时限 \"\(text)\" 应为日期（如 2026-10-12）或期限（如 5 个工作日、10wd、30 天）")
    }
    return workdays ? calendar.adding(workdays: count, to: foundOn) : foundOn.adding(days: count)
  }

  /// The count and whether it is of working days, for a span such as `5 个工作日`; nil
  /// when `text` is not one.
  public static func span(_ text: String) -> (Int, Bool)? {
    let compact = text.replacingOccurrences(of: " ", with: "").lowercased()
    let digits = compact.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4, let count = Int(digits), count > 0 else { return nil }
    switch compact.dropFirst(digits.count) {
    case "个工作日", "工作日", "wd", "workday", "workdays": return (count, true)
    case "天", "日", "d", "day", "days": return (count, false)
    default: return nil
    }
  }
}
