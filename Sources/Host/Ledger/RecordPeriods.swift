import Foundation
import Scheduling
import Storage

/// Checks a record's period against the occurrences the item's schedule produces for the
/// unit (its calendar, its school terms), and picks the period of a record given without
/// one. Records of units no usable plugin serves only need a real, well-formed period.
struct RecordPeriods {
  let catalog: PluginCatalog?
  let calendar: WorkCalendar
  private var schedules: [String: UnitSchedule] = [:]
  private var produced: [String: [Scheduling.PeriodKey: CivilDate]] = [:]

  /// Reads the working-day calendar from the calendar plugin on the path, if any.
  init(catalog: PluginCatalog?) throws {
    self.catalog = catalog
    calendar =
      try catalog?.plugin("calendar").map {
        try HolidayDataLoader(pluginFolder: $0.folder).workCalendar()
      } ?? .weekendsOnly
  }

  /// The date in Beijing at `now`.
  static func today(at now: Date) -> CivilDate {
    CivilDate(now, in: SchedulingContext.defaultTimeZone)
  }

  /// The item as the unit's usable plugin declares it.
  func item(_ id: String, for unit: OrgUnit) -> ChecklistItem? {
    catalog?.plugin(forUnitType: unit.type)?.items.first { $0.id == id }
  }

  /// The stored form of `text` when it names a period the item has for the unit, with
  /// the period's due day (nil for a unit no plugin serves); else a usage error saying the
  /// expected form, with an example from the item's occurrences.
  mutating func check(_ text: String, itemID: String, unit: OrgUnit) throws -> (
    period: String, due: CivilDate?
  ) {
    let key = Scheduling.PeriodKey(text)
    guard let item = item(itemID, for: unit) else {
      guard let key else {
        throw UsageError(
          "期间 \"\(text)\" 格式不对或日期不存在：应为 2026、2026-11、2026-W47、2026-Q4、2026-H2、2026-T1 或 2026-11-23")
      }
      return (key.description, nil)
    }
    let schedule = schedule(for: unit)
    if let key, let due = due(item, key, schedule) { return (key.description, due) }
    throw UsageError(mismatch(text, key: key, item: item, unit: unit, schedule: schedule))
  }

  /// The period of the item's occurrence a record done on `day` most likely belongs to:
  /// the one whose window holds the day, else the latest one already due, else the next.
  /// Nil when no usable plugin serves the unit or the item has no occurrence near the day.
  mutating func current(itemID: String, unit: OrgUnit, on day: CivilDate) -> String? {
    guard let item = item(itemID, for: unit) else { return nil }
    let near = item.schedule.occurrences(
      in: day.adding(days: -400)...day.adding(days: 400), context: schedule(for: unit).context)
    let pick =
      near.first { $0.window.contains(day) } ?? near.last { $0.due <= day } ?? near.first
    return pick?.period.description
  }

  private mutating func schedule(for unit: OrgUnit) -> UnitSchedule {
    if let known = schedules[unit.id] { return known }
    let made = UnitSchedule(unit: unit, calendar: calendar, siteTerms: catalog?.siteTerms ?? .none)
    schedules[unit.id] = made
    return made
  }

  /// The last due day of the item's occurrences of `key` for the unit; nil when it has
  /// none (vacation pauses aside: work done in a vacation may still be recorded). Cached
  /// by unit, item and year, as imports check thousands of rows.
  private mutating func due(
    _ item: ChecklistItem, _ key: Scheduling.PeriodKey, _ schedule: UnitSchedule
  ) -> CivilDate? {
    guard let days = key.days ?? schedule.context.school.term(key)?.days else { return nil }
    let year = days.lowerBound.year
    let cacheKey = "\(schedule.unit.id)\u{1}\(item.id)\u{1}\(year)"
    if let periods = produced[cacheKey] { return periods[key] }
    let range = CivilDate(year, 1, 1).adding(days: -120)...CivilDate(year, 12, 31).adding(days: 160)
    var periods: [Scheduling.PeriodKey: CivilDate] = [:]
    for occurrence in item.schedule.occurrences(in: range, context: schedule.context) {
      periods[occurrence.period] = max(periods[occurrence.period] ?? occurrence.due, occurrence.due)
    }
    produced[cacheKey] = periods
    return periods[key]
  }

  private func mismatch(
    _ text: String, key: Scheduling.PeriodKey?, item: ChecklistItem, unit: OrgUnit,
    schedule: UnitSchedule
  ) -> String {
    let near = Self.day(near: text, key: key)
    let occurrences = item.schedule.occurrences(
      in: near.adding(days: -400)...near.adding(days: 400), context: schedule.context)
    guard let example = occurrences.first(where: { $0.due >= near }) ?? occurrences.last else {
      if schedule.context.school.terms.isEmpty && item.schedule.usesTerms {
        return "单位 \(unit.id) 没有设置学期，按学期登记的事项 \(item.id) 无从登记；"
          + "请先在单位 CSV 的 terms 列设置学期后用 taizhang unit import 导入，例如 2026秋季学期=2026-09-01..2027-01-22，"
          + "或在站点配置中用 [[school.terms]] 给所有学校配置"
      }
      return "事项 \(item.id) 对单位 \(unit.id) 在 \(near) 前后一年内没有应办期次，无从登记期间 \"\(text)\""
    }
    let form = "该事项按\(Self.cadence(example.period.unit))登记，期次应形如 \(example.period)"
    guard let key, key.unit == example.period.unit else {
      return "期间 \"\(text)\" 与事项 \(item.id) 不符：\(form)（例如 --period \(example.period)）"
    }
    let before = occurrences.last { $0.period < key && $0.due < near }?.period
    let after = occurrences.first { $0.period > key && $0.due >= near }?.period
    let neighbours = [before, after].compactMap { $0?.description }
    let hint = neighbours.isEmpty ? "" : "；前后的期次有 \(neighbours.joined(separator: "、"))"
    return "期间 \"\(text)\" 不是事项 \(item.id) 对单位 \(unit.id) 的应办期次：\(form)\(hint)"
  }

  /// The day the example is looked for from: the start of the period the text names, as
  /// far as it can be read (`2026-11-31` → 2026-11-01), else today.
  static func day(near text: String, key: Scheduling.PeriodKey?) -> CivilDate {
    if let key {
      if let days = key.days { return days.lowerBound }
      if case .term(let year, let index) = key { return CivilDate(year, index == 1 ? 1 : 7, 1) }
    }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let year = Int(first), year > 1900, year < 3000
    else {
      return CivilDate.today(in: SchedulingContext.defaultTimeZone)
    }
    if parts.count > 1, let month = Int(parts[1]), (1...12).contains(month) {
      return CivilDate(year, month, 1)
    }
    return CivilDate(year, 1, 1)
  }

  /// The done-on day `text` names (nil or empty: today). A day that does not exist or lies
  /// after today (only work already done is recorded) throws `problem(message)`, which
  /// says where it was typed.
  static func doneOn(_ text: String?, today: CivilDate, problem: (String) -> any Error) throws
    -> CivilDate
  {
    guard let text, !text.isEmpty else { return today }
    guard text.count == 10, let day = CivilDate(text) else {
      throw problem("完成日期 \"\(text)\" 不是有效日期，应写成 YYYY-MM-DD")
    }
    guard day <= today else {
      throw problem("完成日期 \"\(text)\" 晚于今天（\(today)），只能登记已经完成的工作")
    }
    return day
  }

  /// How often an item of this period kind is recorded, in words.
  static func cadence(_ unit: PeriodUnit) -> String {
    switch unit {
    case .day: return "日"
    case .week: return "周"
    case .month: return "月"
    case .quarter: return "季度"
    case .half: return "半年"
    case .term: return "学期"
    case .year, .phase: return "年"
    }
  }
}

extension RecurrenceRule {
  /// Whether the rule follows the unit's school terms.
  var usesTerms: Bool {
    switch pattern {
    case .termly: return true
    case .quota(_, let per): return per == .term
    default: return false
    }
  }
}
