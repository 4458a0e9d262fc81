/// A working-day calendar for mainland China: weekends, statutory holidays and make-up
/// workdays from the official arrangements, plus a unit's own closures layered on top.
/// Dates in years without an arrangement are judged by weekends alone and flagged.
public struct WorkCalendar: Sendable {
  private enum Special: Sendable {
    case holiday(String)
    case makeup(String)
    case closure(String)
  }

  /// The official arrangements this calendar knows, by year.
  public let arrangements: [Int: HolidayArrangement]
  /// The unit's own closures.
  public let closures: [UnitClosure]
  private let specials: [Int: Special]
  // A flat workday table over the covered range, for fast lookups during expansion.
  private let tableStart: Int
  private let table: [Bool]

  /// A calendar with no official data: every weekday works, every weekend rests.
  public static let weekendsOnly = WorkCalendar(arrangements: [])

  /// Creates a calendar from official arrangements (at most one per year; a later one
  /// for the same year replaces an earlier one) and optional unit closures.
  public init(arrangements: [HolidayArrangement], closures: [UnitClosure] = []) {
    var byYear: [Int: HolidayArrangement] = [:]
    for arrangement in arrangements { byYear[arrangement.year] = arrangement }
    var specials: [Int: Special] = [:]
    for arrangement in byYear.values.sorted(by: { $0.year < $1.year }) {
      for holiday in arrangement.holidays {
        for day in holiday.from...holiday.to { specials[day.dayNumber] = .holiday(holiday.name) }
      }
      for workday in arrangement.workdays {
        specials[workday.date.dayNumber] = .makeup(workday.forHoliday)
      }
    }
    for closure in closures where closure.from <= closure.to {
      for day in closure.from...closure.to { specials[day.dayNumber] = .closure(closure.name) }
    }
    self.arrangements = byYear
    self.closures = closures
    self.specials = specials
    let low = specials.keys.min() ?? 0
    let high = specials.keys.max() ?? -1
    self.tableStart = low
    self.table =
      high < low
      ? []
      : (low...high).map { n in
        switch specials[n] {
        case .holiday?, .closure?: return false
        case .makeup?: return true
        case nil: return !CivilDate(dayNumber: n).isWeekend
        }
      }
  }

  /// This calendar with a unit's closures (vacations) added on top.
  public func layering(_ more: [UnitClosure]) -> WorkCalendar {
    WorkCalendar(arrangements: Array(arrangements.values), closures: closures + more)
  }

  /// The years with official data, ascending.
  public var coveredYears: [Int] { arrangements.keys.sorted() }

  /// Whether official holiday data exists for `year`.
  public func covers(year: Int) -> Bool { arrangements[year] != nil }

  /// Whether people work on `date`.
  @inline(__always)
  public func isWorkday(_ date: CivilDate) -> Bool {
    let index = date.dayNumber - tableStart
    if index >= 0 && index < table.count { return table[index] }
    return !date.isWeekend
  }

  /// The date's standing: workday or not, why, and whether official data covered it.
  public func status(of date: CivilDate) -> DayStatus {
    let covered = covers(year: date.year)
    switch specials[date.dayNumber] {
    case .holiday(let name)?:
      return DayStatus(date: date, kind: .holiday, name: name, isCovered: covered)
    case .makeup(let name)?:
      return DayStatus(date: date, kind: .makeupWorkday, name: name, isCovered: covered)
    case .closure(let name)?:
      return DayStatus(date: date, kind: .closure, name: name, isCovered: covered)
    case nil:
      let kind: DayKind = date.isWeekend ? .weekend : .workday
      return DayStatus(date: date, kind: kind, name: nil, isCovered: covered)
    }
  }
}
