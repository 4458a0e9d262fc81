import LuaRuntime
import Scheduling
import Storage

/// One unit's view of its plugin: the items that apply to it and their occurrences in the
/// unit's own calendar (national holidays, its school terms, vacations pausing items).
struct UnitSchedule {
  let unit: OrgUnit
  let context: SchedulingContext
  let vacations: [UnitClosure]

  init(unit: OrgUnit, calendar: WorkCalendar) {
    self.unit = unit
    context = SchedulingContext(calendar: calendar, terms: unit.terms.compactMap(Self.schedulingTerm))
    vacations = context.school.vacations
  }

  /// The plugin's items whose `applies` accepts the unit. An `applies` that fails is
  /// reported and its item kept: better an extra line than a silently missing duty.
  func applicableItems(of plugin: LoadedPlugin) -> (items: [ChecklistItem], problems: [PluginProblem]) {
    var problems: [PluginProblem] = []
    let items = plugin.items.filter { item in
      do {
        return try applies(item)
      } catch {
        problems.append(PluginProblem(
          plugin: plugin.id, file: item.position?.file, line: item.position?.line,
          message: "item \"\(item.id)\": applies failed (\(error)); the item is shown"))
        return true
      }
    }
    return (items, problems)
  }

  /// The item's occurrences due in `range`, without those paused by a vacation.
  func occurrences(of item: ChecklistItem, in range: ClosedRange<CivilDate>) -> [Scheduling.Occurrence] {
    var occurrences = item.schedule.occurrences(in: range, context: context)
    if item.pauseInVacation {
      occurrences.removeAll { o in vacations.contains { $0.from <= o.due && o.due <= $0.to } }
    }
    return occurrences
  }

  /// How many records the ledger holds for an occurrence.
  func records(of item: ChecklistItem, _ occurrence: Scheduling.Occurrence, in store: any Store) throws -> Int {
    try store.records(of: OccurrenceKey(unitID: unit.id, itemID: item.id, period: occurrence.period.description)).count
  }

  private func applies(_ item: ChecklistItem) throws -> Bool {
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

  static func schedulingTerm(_ term: StoredSchoolTerm) -> Scheduling.SchoolTerm? {
    guard let start = CivilDate(term.start), let end = CivilDate(term.end) else { return nil }
    return Scheduling.SchoolTerm(start: start, end: end, name: term.name)
  }
}
