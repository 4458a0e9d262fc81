import Foundation
import Scheduling
import Storage

/// A unit's checklist for a period: each item of its plugin that applies to it, with the
/// occurrences due in the period and how many of them the ledger shows done.
public struct Checklist {
  /// One item's line.
  public struct Row {
    /// The item.
    public let item: ChecklistItem
    /// Its occurrences due in the period, each with the records that closed it.
    public let occurrences: [(occurrence: Scheduling.Occurrence, records: Int)]
    /// Work not done and due before this day is overdue (see `AsOf.overdueBefore`).
    let overdueBefore: CivilDate

    /// Occurrences done (for a quota: with at least `quota` records).
    public var done: Int { occurrences.filter { $0.records >= $0.occurrence.quota }.count }
    /// Occurrences not done and late: due before the day judged, or on it once it is over.
    public var overdue: Int {
      occurrences.filter { $0.records < $0.occurrence.quota && $0.occurrence.due < overdueBefore }
        .count
    }
    /// Occurrences counted as the report counts them (应完成): due by the day judged, or
    /// done early.
    public var counted: Int { done + overdue }
    /// Occurrences not done and not yet late (未到期).
    public var open: Int { occurrences.count - counted }
    /// The next occurrence not done and not yet late.
    public var next: Scheduling.Occurrence? {
      occurrences.first { $0.records < $0.occurrence.quota && $0.occurrence.due >= overdueBefore }?
        .occurrence
    }
  }

  /// The unit.
  public let unit: OrgUnit
  /// The plugin serving its type.
  public let plugin: LoadedPlugin
  /// The period shown.
  public let period: Scheduling.PeriodKey
  /// The day statuses are judged on.
  public let asOf: CivilDate
  /// The applicable items by category, in the plugin's category order.
  public let sections: [(category: ChecklistCategory, rows: [Row])]
  /// Items whose `applies` failed; they are shown, and the failure is reported.
  public let problems: [PluginProblem]
  /// The years of the period without official holiday data (their holidays count as workdays).
  public internal(set) var missingHolidayYears: [Int] = []

  /// Builds the checklist of `unit` for `period`, judged as of `asOf` on `today` (which
  /// says whether that day is over: then work due on it and not done is overdue).
  public static func build(
    unit: OrgUnit, plugin: LoadedPlugin, period: Scheduling.PeriodKey, asOf: CivilDate,
    today: CivilDate = AsOf.today(), calendar: WorkCalendar, store: any Store,
    history: ItemHistory? = nil
  ) throws -> Checklist {
    let overdueBefore = AsOf.overdueBefore(asOf: asOf, today: today)
    plugin.services.store = store
    plugin.services.today = asOf
    let schedule = UnitSchedule(unit: unit, calendar: calendar, siteTerms: plugin.services.siteTerms, history: history)
    let (items, problems) = schedule.applicableItems(of: plugin)
    guard period.days != nil || schedule.context.school.term(period) != nil else {
      throw UsageError("单位 \(unit.id) 没有学期 \(period)；请在单位的 terms 中配置学期日期")
    }
    var rowsByCategory: [String: [Row]] = [:]
    for item in items {
      let occurrences = schedule.occurrences(of: item, inPeriod: period)
      let counted = try occurrences.map {
        ($0, try schedule.records(of: item, $0, in: store, cutoff: ProgressReader.cutoff(asOf)))
      }
      rowsByCategory[item.category, default: []].append(
        Row(
          item: item, occurrences: counted.map { (occurrence: $0.0, records: $0.1) },
          overdueBefore: overdueBefore))
    }
    let sections = plugin.categories.sorted { $0.order < $1.order }.compactMap { category in
      rowsByCategory[category.id].map { (category: category, rows: $0) }
    }
    var checklist = Checklist(
      unit: unit, plugin: plugin, period: period, asOf: asOf, sections: sections, problems: problems)
    checklist.missingHolidayYears = HolidayCoverage.missingYears(inPeriod: period.description, calendar: calendar)
    return checklist
  }
}
