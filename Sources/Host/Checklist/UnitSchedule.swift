import LuaRuntime
import Scheduling
import Storage

/// One unit's view of its plugin: the items that apply to it and their occurrences in the
/// unit's own calendar (national holidays, its school terms — its own, else the site's for
/// a school —, vacations pausing items).
struct UnitSchedule {
  /// The unit with the terms it is scheduled by (`applies` sees these).
  let unit: OrgUnit
  let context: SchedulingContext
  let vacations: [UnitClosure]
  /// The checklists' history: items are due only while a definition of theirs was in
  /// force, each span by its own schedule (nil: by today's declarations throughout).
  let history: ItemHistory?

  init(unit: OrgUnit, calendar: WorkCalendar, siteTerms: SiteTerms, history: ItemHistory? = nil) {
    let unit = siteTerms.applied(to: unit)
    self.unit = unit
    context = SchedulingContext(calendar: calendar, terms: unit.terms.compactMap(Self.schedulingTerm))
    vacations = context.school.vacations
    self.history = history
  }

  /// The plugin's items whose `applies` accepts the unit. An `applies` that fails leaves
  /// its item out and is reported: never shown to every unit on an error.
  func applicableItems(of plugin: LoadedPlugin) -> (items: [ChecklistItem], problems: [PluginProblem]) {
    let sorted = sortItems(of: plugin)
    return (sorted.items, sorted.problems)
  }

  /// The plugin's items sorted by their `applies` for this unit: those that apply, and
  /// those whose `applies` failed (with a problem each). Items in `skipping` (an `applies`
  /// that already ran out of time this run) count as failed without being called again.
  func sortItems(of plugin: LoadedPlugin, skipping: Set<String> = []) -> AppliesOutcome {
    var outcome = AppliesOutcome()
    for item in plugin.items {
      guard item.applies != nil else {
        outcome.items.append(item)
        continue
      }
      guard !skipping.contains(item.id) else {
        outcome.failed.append(item.id)
        continue
      }
      do {
        if try plugin.services.withUnit(unit, { try applies(item) }) { outcome.items.append(item) }
      } catch {
        let lua = error as? LuaError
        if lua?.kind == .timeout { outcome.timedOut.insert(item.id) }
        outcome.failed.append(item.id)
        // The error's own place (inside the function) when Lua knows it, else the item's.
        let file = lua?.line != nil ? lua?.chunk : item.position?.file
        let line = lua?.line ?? item.position?.line
        let what = lua.map { "\($0.kind) error: \($0.message)" } ?? "\(error)"
        outcome.errors.append((item.id, PluginProblem(
          plugin: plugin.id, file: file ?? item.position?.file, line: line,
          message: "item \"\(item.id)\": applies failed for unit \(unit.id) (\(what)); the item is left out for it")))
      }
    }
    return outcome
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
  func records(
    of item: ChecklistItem, _ occurrence: Scheduling.Occurrence, in store: any Store, cutoff: RecordCutoff? = nil
  ) throws -> Int {
    let key = OccurrenceKey(unitID: unit.id, itemID: item.id, period: occurrence.period.description)
    return try store.records(of: key).filter { cutoff?.admits($0) ?? true }.count
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

/// What the items' `applies` said for one unit.
struct AppliesOutcome {
  /// The items that apply.
  var items: [ChecklistItem] = []
  /// The items whose `applies` failed (or was skipped after a timeout), by id.
  var failed: [String] = []
  /// Those of `failed` that ran out of time.
  var timedOut: Set<String> = []
  /// One problem per failed call, with the item's id.
  var errors: [(item: String, problem: PluginProblem)] = []
  /// The problems of the failed calls.
  var problems: [PluginProblem] { errors.map(\.problem) }
}
