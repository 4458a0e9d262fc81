import LuaRuntime
import Scheduling
import Storage

/// One unit's view of its plugin: the items that apply to it and their occurrences in the
/// unit's own calendar (national holidays, its school terms, vacations pausing items).
struct UnitSchedule {
  let unit: OrgUnit
  let context: SchedulingContext
  let vacations: [UnitClosure]
  /// The checklists' history: items are due only while a definition of theirs was in
  /// force, each span by its own schedule (nil: by today's declarations throughout).
  let history: ItemHistory?

  init(unit: OrgUnit, calendar: WorkCalendar, history: ItemHistory? = nil) {
    self.unit = unit
    context = SchedulingContext(calendar: calendar, terms: unit.terms.compactMap(Self.schedulingTerm))
    vacations = context.school.vacations
    self.history = history
  }

  /// The plugin's items whose `applies` accepts the unit. An `applies` that fails is
  /// reported and its item kept: better an extra line than a silently missing duty.
  func applicableItems(of plugin: LoadedPlugin) -> (items: [ChecklistItem], problems: [PluginProblem]) {
    var problems: [PluginProblem] = []
    let items = plugin.items.filter { item in
      guard item.applies != nil else { return true }
      do {
        return try plugin.services.withUnit(unit) { try applies(item) }
      } catch {
        problems.append(PluginProblem(
          plugin: plugin.id, file: item.position?.file, line: item.position?.line,
          message: "item \"\(item.id)\": applies failed (\(error)); the item is shown"))
        return true
      }
    }
    return (items, problems)
  }

  /// The item's occurrences due in `range`, without those paused by a vacation; with a
  /// history, each span of days by the definition then in force.
  func occurrences(of item: ChecklistItem, in range: ClosedRange<CivilDate>) -> [Scheduling.Occurrence] {
    var occurrences: [Scheduling.Occurrence]
    if let spans = history?.spans(of: item, unitType: unit.type) {
      occurrences = []
      for (days, rule) in spans {
        guard let rule else { continue }
        let lower = max(range.lowerBound, days.from ?? range.lowerBound)
        let upper = min(range.upperBound, days.to ?? range.upperBound)
        guard lower <= upper else { continue }
        occurrences += rule.occurrences(in: lower...upper, context: context)
      }
    } else {
      occurrences = item.schedule.occurrences(in: range, context: context)
    }
    if item.pauseInVacation {
      occurrences.removeAll { o in vacations.contains { $0.from <= o.due && o.due <= $0.to } }
    }
    return occurrences
  }

  /// The item's occurrences that belong to `period`: due in it, or due just outside it yet
  /// of its period key (a check due five days before term starts is that term's). Empty
  /// for a term the unit does not keep.
  func occurrences(of item: ChecklistItem, inPeriod period: Scheduling.PeriodKey) -> [Scheduling.Occurrence] {
    guard let days = period.days ?? context.school.term(period)?.days else { return [] }
    let wide = days.lowerBound.adding(days: -62)...days.upperBound.adding(days: 62)
    return occurrences(of: item, in: wide).filter { days.contains($0.due) || $0.period == period }
  }

  /// How many records the ledger holds for an occurrence.
  func records(of item: ChecklistItem, _ occurrence: Scheduling.Occurrence, in store: any Store) throws -> Int {
    try store.records(of: OccurrenceKey(unitID: unit.id, itemID: item.id, period: occurrence.period.description)).count
  }

  private func applies(_ item: ChecklistItem) throws -> Bool {
    guard let applies = item.applies else { return true }
    let result = try applies.call([UnitService.unitValue(unit)]).first ?? .nil
    return result != .nil && result != .boolean(false)
  }

  static func schedulingTerm(_ term: StoredSchoolTerm) -> Scheduling.SchoolTerm? {
    guard let start = CivilDate(term.start), let end = CivilDate(term.end) else { return nil }
    return Scheduling.SchoolTerm(start: start, end: end, name: term.name)
  }
}
