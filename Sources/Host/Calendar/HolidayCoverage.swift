import Foundation
import Scheduling

/// Which of the days a command judges fall in years without official holiday data, and the
/// one warning line that says so (statutory holidays and 调休 of those years are unknown:
/// every weekday counts as a workday).
public enum HolidayCoverage {
  /// The years touched by `days` that `calendar` has no holiday data for, ascending.
  public static func missingYears(in days: ClosedRange<CivilDate>, calendar: WorkCalendar) -> [Int] {
    (days.lowerBound.year...days.upperBound.year).filter { !calendar.covers(year: $0) }
  }

  /// The years of a period key (`2026-11`, `2026-W47`, `2026-Q4`, `2026-T1`, `2026`) that
  /// `calendar` has no holiday data for; a term counts as its starting year. Empty for a
  /// key that does not parse (the command reports that itself).
  public static func missingYears(inPeriod period: String, calendar: WorkCalendar) -> [Int] {
    guard let key = Scheduling.PeriodKey(period) else { return [] }
    if let days = key.days { return missingYears(in: days, calendar: calendar) }
    if case .term(let year, _) = key { return calendar.covers(year: year) ? [] : [year] }
    return []
  }

  /// The warning line for `years`, in Chinese; nil when there are none.
  public static func warning(missingYears years: [Int]) -> String? {
    guard !years.isEmpty else { return nil }
    let named = years.map { "\($0) 年" }.joined(separator: "、")
    return "\(named)没有节假日数据：法定节假日和调休按普通工作日计算，日期可能不准；"
      + "请在 Plugins/calendar/holidays/ 中补充该年的国务院放假安排（见 docs/calendar.md）"
  }
}
