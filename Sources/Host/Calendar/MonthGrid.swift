import Scheduling

/// A month laid out as a Monday-first grid for the terminal: each day shows its number
/// with 休 (holiday) or 班 (make-up workday), and below it the lunar day, festival or
/// solar term. Columns are aligned by display width, counting CJK characters as two.
public struct MonthGrid: Sendable {
  /// The year.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// One report per day of the month.
  public let days: [DayReport]

  /// Builds the grid for `month` of `year`.
  public init(year: Int, month: Int, calendar: WorkCalendar) {
    self.year = year
    self.month = month
    let first = CivilDate(year, month, 1)
    days = (first...first.endOfMonth).map { DayReport(date: $0, calendar: calendar) }
  }

  static let cell = 8

  /// The lines to print.
  public var lines: [String] {
    var out = ["\(year)年\(month)月  农历\(lunarSpan)"]
    out.append(Self.join(Weekday.allCases.map { " " + $0.chineseShort }))
    let lead = days[0].date.weekday.rawValue - 1
    var top: [String] = Array(repeating: "", count: lead)
    var bottom: [String] = Array(repeating: "", count: lead)
    for report in days {
      let mark =
        switch report.status.kind {
        case .holiday, .closure: "休"
        case .makeupWorkday: "班"
        default: ""
        }
      top.append(
        String(repeating: " ", count: report.date.day < 10 ? 2 : 1) + "\(report.date.day)" + mark)
      bottom.append(" " + Self.subtitle(report))
      if top.count == 7 {
        out.append(Self.join(top))
        out.append(Self.join(bottom))
        top = []
        bottom = []
      }
    }
    if !top.isEmpty {
      out.append(Self.join(top))
      out.append(Self.join(bottom))
    }
    var seen = Set<String>()
    for report in days where report.status.kind == .holiday {
      let name = report.status.name ?? ""
      if seen.insert(name).inserted { out.append("休：\(name)假期") }
    }
    for report in days where report.status.kind == .makeupWorkday {
      let date = report.date
      out.append("班：\(date.month)月\(date.day)日调休上班（\(report.status.name ?? "")）")
    }
    if !(days.first?.status.isCovered ?? true) {
      out.append("注意：未收录 \(year) 年的国务院节假日安排，仅按周末推算。")
    }
    return out
  }

  /// The lunar months the month spans, e.g. 丙午年八月—九月 or 乙巳年腊月—丙午年正月.
  var lunarSpan: String {
    guard let first = days.first?.lunar, let last = days.last?.lunar else { return "" }
    let start = "\(first.yearName)年\(first.monthName)"
    if first.year != last.year { return start + "—\(last.yearName)年\(last.monthName)" }
    if first.monthName != last.monthName { return start + "—\(last.monthName)" }
    return start
  }

  /// Festival, then solar term, then the lunar month name on a 初一, else the lunar day.
  static func subtitle(_ report: DayReport) -> String {
    if let festival = report.festivals.first { return festival.chineseName }
    if let term = report.solarTerm { return term.chineseName }
    return report.lunar.day == 1 ? report.lunar.monthName : report.lunar.dayName
  }

  static func join(_ cells: [String]) -> String {
    var line = cells.map { TextWidth.pad($0, to: cell) }.joined()
    while line.hasSuffix(" ") { line.removeLast() }
    return line
  }
}
