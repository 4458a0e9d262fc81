import Foundation

/// Conversion between Gregorian and Chinese lunar dates. Month tables come from
/// Foundation's Chinese calendar (reckoned in Beijing time) and are cached per year.
public enum LunarCalendar {
  /// The lunar date of a Gregorian date.
  public static func lunarDate(of date: CivilDate) -> LunarDate {
    var table = LunarYearCache.shared.table(date.year)
    if date < table.newYear { table = LunarYearCache.shared.table(date.year - 1) }
    var chosen = table.months[0]
    for month in table.months where month.start <= date { chosen = month }
    return LunarDate(
      year: table.year, month: chosen.number, day: chosen.start.distance(to: date) + 1,
      isLeapMonth: chosen.isLeap)
  }

  /// The Gregorian date of a lunar date, or `nil` if it does not exist (a 30th in a
  /// 29-day month, a leap month the year does not have).
  public static func solarDate(of lunar: LunarDate) -> CivilDate? {
    let table = LunarYearCache.shared.table(lunar.year)
    guard
      let month = table.months.first(where: {
        $0.number == lunar.month && $0.isLeap == lunar.isLeapMonth
      }), lunar.day >= 1, lunar.day <= month.length
    else { return nil }
    return month.start.adding(days: lunar.day - 1)
  }

  /// The last day of lunar month `month` (non-leap) of lunar year `year`: the 29th or 30th.
  public static func lastDay(ofMonth month: Int, year: Int) -> CivilDate? {
    let table = LunarYearCache.shared.table(year)
    guard let m = table.months.first(where: { $0.number == month && !$0.isLeap }) else {
      return nil
    }
    return m.start.adding(days: m.length - 1)
  }

  /// The leap month of lunar year `year` (the number of the month it follows), if any.
  public static func leapMonth(in year: Int) -> Int? {
    LunarYearCache.shared.table(year).months.first(where: \.isLeap)?.number
  }

  /// The number of days in a lunar month, or `nil` if the month does not exist.
  public static func length(ofMonth month: Int, leap: Bool = false, year: Int) -> Int? {
    LunarYearCache.shared.table(year).months
      .first(where: { $0.number == month && $0.isLeap == leap })?.length
  }
}

struct LunarMonth: Sendable {
  let number: Int
  let isLeap: Bool
  let start: CivilDate
  let length: Int
}

struct LunarYearTable: Sendable {
  let year: Int
  let newYear: CivilDate
  let months: [LunarMonth]
}

/// Builds and remembers lunar year tables; safe to use from several threads.
final class LunarYearCache: @unchecked Sendable {
  static let shared = LunarYearCache()
  private let lock = NSLock()
  private var tables: [Int: LunarYearTable] = [:]
  private let chinese: Calendar
  private let gregorian: Calendar

  private init() {
    let zone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
    var chinese = Calendar(identifier: .chinese)
    chinese.timeZone = zone
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = zone
    self.chinese = chinese
    self.gregorian = gregorian
  }

  func table(_ year: Int) -> LunarYearTable {
    lock.lock()
    defer { lock.unlock() }
    if let table = tables[year] { return table }
    let table = build(year)
    tables[year] = table
    return table
  }

  private func lunarParts(_ day: CivilDate) -> (month: Int, day: Int, leap: Bool) {
    let p = day.parts
    let noon = gregorian.date(
      from: DateComponents(year: p.year, month: p.month, day: p.day, hour: 12))!
    let c = chinese.dateComponents([.month, .day, .isLeapMonth], from: noon)
    return (c.month ?? 1, c.day ?? 1, c.isLeapMonth ?? false)
  }

  private func build(_ year: Int) -> LunarYearTable {
    // 正月初一 lies between Jan 21 and Feb 20: walk forward from Jan 21 until we meet it.
    var probe = CivilDate(year, 1, 21)
    while true {
      let here = lunarParts(probe)
      if here.month == 1 && !here.leap {
        probe = probe.adding(days: 1 - here.day)
        break
      }
      probe = probe.adding(days: max(1, 29 - here.day))
    }
    let newYear = probe
    var months: [LunarMonth] = []
    var start = newYear
    while true {
      let here = lunarParts(start)
      if !months.isEmpty && here.month == 1 && !here.leap { break }
      let length = lunarParts(start.adding(days: 29)).day == 30 ? 30 : 29
      months.append(LunarMonth(number: here.month, isLeap: here.leap, start: start, length: length))
      start = start.adding(days: length)
    }
    return LunarYearTable(year: year, newYear: newYear, months: months)
  }
}
