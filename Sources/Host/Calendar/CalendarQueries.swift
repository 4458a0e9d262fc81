import Foundation
import Scheduling

/// The questions `taizhang calendar` answers, over the national calendar loaded from the
/// calendar data plugin.
public struct CalendarQueries {
  /// The national work calendar.
  public let calendar: WorkCalendar

  /// Loads the calendar plugin from `plugins` (a plugins folder or the calendar plugin
  /// itself), or from the shipped location when `nil`.
  public init(plugins: String? = nil) throws {
    let folder = try PluginLocation.calendarPlugin(override: plugins)
    self.calendar = try HolidayDataLoader(pluginFolder: folder).workCalendar()
  }

  /// Uses an already built calendar.
  public init(calendar: WorkCalendar) { self.calendar = calendar }

  /// The report for a date given as `YYYY-MM-DD` (or `today`).
  public func day(_ text: String) throws -> DayReport {
    DayReport(date: try Self.date(text), calendar: calendar)
  }

  /// The grid for a month given as `YYYY-MM`.
  public func month(_ text: String) throws -> MonthGrid {
    guard case .month(let y, let m)? = PeriodKey(text) else {
      throw UsageError("“\(text)”不是月份；请写成 YYYY-MM，例如 2026-10")
    }
    return MonthGrid(year: y, month: m, calendar: calendar)
  }

  /// The next `count` occurrences of `rule` from `from` (default today in Beijing), with
  /// school terms given as `START..END` for term rules.
  public func next(rule text: String, from: String?, count: Int, terms: [String] = []) throws
    -> RulePreview
  {
    let rule: RecurrenceRule
    do {
      rule = try RecurrenceRule(parsing: text)
    } catch let error as RuleSyntaxError {
      let caret = String(repeating: " ", count: max(0, error.column - 1)) + "^"
      throw UsageError("规则无法解析：\(error)\n  \(text)\n  \(caret)")
    }
    let schoolTerms = try terms.map(Self.term)
    let context = SchedulingContext(calendar: calendar, terms: schoolTerms)
    let start = try from.map(Self.date) ?? CivilDate.today(in: context.timeZone)
    let found = rule.upcoming(from: start, count: count, context: context)
    return RulePreview(rule: rule, from: start, occurrences: found, calendar: calendar)
  }

  /// Parses `YYYY-MM-DD` or `today` (in Beijing time).
  public static func date(_ text: String) throws -> CivilDate {
    if text == "today" { return CivilDate.today(in: SchedulingContext.defaultTimeZone) }
    guard let date = CivilDate(text) else {
      throw UsageError("“\(text)”不是日期；请写成 YYYY-MM-DD，例如 2026-10-10")
    }
    return date
  }

  static func term(_ text: String) throws -> SchoolTerm {
    let parts = text.components(separatedBy: "..")
    guard parts.count == 2, let start = CivilDate(parts[0]), let end = CivilDate(parts[1]),
      start < end
    else {
      throw UsageError("学期“\(text)”格式有误；请写成 开学日..期末日，例如 2026-03-02..2026-07-10")
    }
    return SchoolTerm(start: start, end: end)
  }
}

/// The preview `taizhang calendar next` prints.
public struct RulePreview: Encodable {
  /// The parsed rule.
  public let rule: RecurrenceRule
  /// The first date considered.
  public let from: CivilDate
  /// The occurrences found.
  public let occurrences: [Occurrence]
  let calendar: WorkCalendar

  /// The lines to print, in Chinese.
  public var lines: [String] {
    var out = ["规则：\(rule)", "自 \(from) 起的 \(occurrences.count) 次："]
    for o in occurrences {
      var line = "  \(o.due) \(o.due.weekday.chineseName)  期间 \(o.period)"
      if o.quota > 1 { line += "  需完成 \(o.quota) 次（\(o.window.lowerBound)–\(o.window.upperBound)）" }
      if let time = o.time { line += "  时段 \(time)" }
      if o.wasMoved { line += "  （原定 \(o.nominal)，遇节假日调整）" }
      out.append(line)
    }
    if occurrences.isEmpty { out.append("  （无：学期类规则需用 --term 指定学期）") }
    let uncovered = Set(occurrences.map(\.due.year)).filter { !calendar.covers(year: $0) }.sorted()
    if !uncovered.isEmpty {
      let years = uncovered.map(String.init).joined(separator: "、")
      out.append("注意：未收录 \(years) 年的节假日安排，这些日期仅按周末推算。")
    }
    return out
  }

  enum CodingKeys: String, CodingKey { case rule, from, occurrences }

  /// The JSON form used by `--json`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(rule.description, forKey: .rule)
    try c.encode(from, forKey: .from)
    try c.encode(
      occurrences.map { OccurrenceJSON($0, covered: calendar.covers(year: $0.due.year)) },
      forKey: .occurrences)
  }

  struct OccurrenceJSON: Encodable {
    let period: String, due: CivilDate, nominal: CivilDate
    let windowStart: CivilDate, windowEnd: CivilDate, quota: Int, time: String?, covered: Bool
    init(_ o: Occurrence, covered: Bool) {
      period = o.period.description
      due = o.due
      nominal = o.nominal
      windowStart = o.window.lowerBound
      windowEnd = o.window.upperBound
      quota = o.quota
      time = o.time?.description
      self.covered = covered
    }
    enum CodingKeys: String, CodingKey {
      case period, due, nominal, quota, time, covered
      case windowStart = "window_start", windowEnd = "window_end"
    }
  }
}
