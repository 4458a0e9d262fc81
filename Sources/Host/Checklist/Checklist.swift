import Foundation
import LuaRuntime
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
    /// The day the statuses are judged on.
    let asOf: CivilDate

    /// Occurrences done (for a quota: with at least `quota` records).
    public var done: Int { occurrences.filter { $0.records >= $0.occurrence.quota }.count }
    /// Occurrences past their due day and not done.
    public var overdue: Int {
      occurrences.filter { $0.records < $0.occurrence.quota && $0.occurrence.due < asOf }.count
    }
    /// The next open occurrence due on or after the day.
    public var next: Scheduling.Occurrence? {
      occurrences.first { $0.records < $0.occurrence.quota && $0.occurrence.due >= asOf }?.occurrence
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

  /// Builds the checklist of `unit` for `period`, judged as of `asOf`.
  public static func build(
    unit: OrgUnit, plugin: LoadedPlugin, period: Scheduling.PeriodKey, asOf: CivilDate,
    calendar: WorkCalendar, store: any Store
  ) throws -> Checklist {
    let terms = unit.terms.compactMap(Self.schedulingTerm)
    let context = SchedulingContext(calendar: calendar, terms: terms)
    let vacations = context.school.vacations
    var problems: [PluginProblem] = []
    var rowsByCategory: [String: [Row]] = [:]
    for item in plugin.items {
      do {
        guard try applies(item, to: unit) else { continue }
      } catch {
        problems.append(PluginProblem(
          plugin: plugin.id, file: item.position?.file, line: item.position?.line,
          message: "item \"\(item.id)\": applies failed (\(error)); the item is shown"))
      }
      var occurrences = Self.occurrences(of: item, in: period, context: context)
      if item.pauseInVacation {
        occurrences.removeAll { o in vacations.contains { $0.from <= o.due && o.due <= $0.to } }
      }
      let counted = try occurrences.map { occurrence in
        let key = OccurrenceKey(unitID: unit.id, itemID: item.id, period: occurrence.period.description)
        return (occurrence: occurrence, records: try store.records(of: key).count)
      }
      rowsByCategory[item.category, default: []].append(Row(item: item, occurrences: counted, asOf: asOf))
    }
    let sections = plugin.categories.sorted { $0.order < $1.order }.compactMap { category in
      rowsByCategory[category.id].map { (category: category, rows: $0) }
    }
    return Checklist(unit: unit, plugin: plugin, period: period, asOf: asOf, sections: sections, problems: problems)
  }

  /// The item's occurrences due in the period's days, plus those that belong to the period
  /// though due just outside it (a check due five days before term starts is the term's).
  static func occurrences(
    of item: ChecklistItem, in period: Scheduling.PeriodKey, context: SchedulingContext
  ) -> [Scheduling.Occurrence] {
    guard let days = period.days ?? context.school.term(period)?.days else { return [] }
    let wide = days.lowerBound.adding(days: -62)...days.upperBound.adding(days: 62)
    return item.schedule.occurrences(in: wide, context: context).filter {
      days.contains($0.due) || $0.period == period
    }
  }

  /// Calls the item's `applies` with the unit as plugins see it.
  static func applies(_ item: ChecklistItem, to unit: OrgUnit) throws -> Bool {
    guard let applies = item.applies else { return true }
    var attributes = LuaTable()
    for (key, value) in unit.attributes { attributes[key] = .string(value) }
    let view: LuaValue = .table(LuaTable(fields: [
      "id": .string(unit.id), "name": .string(unit.name), "type": .string(unit.type),
      "attributes": .table(attributes),
    ]))
    let result = try applies.call([view]).first ?? .nil
    return result != .nil && result != .boolean(false)
  }

  /// A stored term in the Scheduling module's terms.
  static func schedulingTerm(_ term: StoredSchoolTerm) -> Scheduling.SchoolTerm? {
    guard let start = CivilDate(term.start), let end = CivilDate(term.end) else { return nil }
    return Scheduling.SchoolTerm(start: start, end: end, name: term.name)
  }
}
