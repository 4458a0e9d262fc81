import Foundation
import Scheduling
import Storage

/// Reads the progress of one unit or of many at once: each unit's applicable items and
/// their occurrences in the period from its plugin and calendar, then the records of all
/// of them in one read of the store — so a roll-up over thousands of units stays fast.
struct ProgressReader {
  let catalog: PluginCatalog
  let calendar: WorkCalendar
  let store: any Store
  /// The checklists' history; nil: judge by today's declarations throughout.
  var history: ItemHistory? = nil

  /// A unit's progress, with its plugin (nil: no usable plugin serves its type).
  struct Read {
    let progress: UnitProgress
    let plugin: LoadedPlugin?
    /// Records of the period done by the day judged but entered after it (补录): not
    /// counted, so a report for a past day does not change, but listed.
    var late: [LedgerRecord] = []
  }

  /// The records a judgement as of `day` counts (Beijing time).
  static func cutoff(_ day: CivilDate) -> RecordCutoff {
    RecordCutoff(year: day.year, month: day.month, day: day.day, zone: SchedulingContext.defaultTimeZone)
  }

  /// The days of `period` for `unit`; a term's days come from the unit's terms (its own,
  /// else the site's for a school).
  static func days(
    of period: Scheduling.PeriodKey, for unit: OrgUnit, calendar: WorkCalendar, siteTerms: SiteTerms
  ) throws -> ClosedRange<CivilDate> {
    if let days = period.days { return days }
    let schedule = UnitSchedule(unit: unit, calendar: calendar, siteTerms: siteTerms)
    guard let days = schedule.context.school.term(period)?.days else {
      throw UsageError(
        "单位 \(unit.id) 没有学期 \(period)；请在单位的 terms 中配置学期日期，或在站点配置中用 [[school.terms]] 给所有学校配置")
    }
    return days
  }

  /// The progress of each unit for `period`, judged as of `asOf` (a roll-up's children as
  /// of the day the report judges) on `today`, which says whether that day is over (see
  /// `AsOf.overdueBefore`), in the order given. With `detail` every record is read
  /// (a report on the unit itself); without, only their counts and latest values (a
  /// roll-up's children). Problems of `applies` functions are collected.
  func read(
    _ units: [OrgUnit], period: Scheduling.PeriodKey, asOf: CivilDate, today: CivilDate,
    detail: Bool, problems: inout [PluginProblem]
  ) throws -> [Read] {
    let overdueBefore = AsOf.overdueBefore(asOf: asOf, today: today)
    var expansions = ExpansionCache()
    var plans:
      [(
        unit: OrgUnit, plugin: LoadedPlugin?, kind: Int?, days: ClosedRange<CivilDate>,
        planned: [UnitProgress.Planned]
      )] = []
    for unit in units {
      let days = try Self.days(of: period, for: unit, calendar: calendar, siteTerms: catalog.siteTerms)
      guard let plugin = catalog.plugin(forUnitType: unit.type) else {
        plans.append((unit, nil, nil, days, []))
        continue
      }
      let schedule = UnitSchedule(unit: unit, calendar: calendar, siteTerms: catalog.siteTerms, history: history)
      var (items, failed) = schedule.applicableItems(of: plugin)
      problems += failed
      // Each item's target and weight as they stood on the period's last day.
      if let history { items = items.map { history.item($0, unitType: unit.type, on: days.upperBound) } }
      let wide = days.lowerBound.adding(days: -62)...days.upperBound.adding(days: 62)
      let kind = expansions.kind(plugin: plugin.id, unit: unit)
      let planned = items.map { item in
        expansions.occurrences(of: item, kind: kind) {
          schedule.occurrences(of: item, in: wide).filter {
            days.contains($0.due) || $0.period == period
          }
        }
      }
      plans.append((unit, plugin, kind, days, planned))
    }
    let periods = expansions.periods.sorted()
    if detail {
      var byUnit: [String: [String: UnitProgress.Found]] = [:]
      var late: [String: [LedgerRecord]] = [:]
      let cutoff = Self.cutoff(asOf)
      for record in try store.records(unitIDs: units.map(\.id), periods: periods) {
        if !cutoff.admits(record) {
          // Work done by the day but entered after it is 补录; work done after it is
          // neither counted nor late, only later.
          if record.doneOn <= cutoff.doneOn { late[record.key.unitID, default: []].append(record) }
          continue
        }
        let key = UnitProgress.key(record.key.itemID, record.key.period)
        var found = byUnit[record.key.unitID, default: [:]][key] ?? UnitProgress.Found()
        found.count += 1
        found.records.append(record)
        found.latestValues = record.values
        byUnit[record.key.unitID, default: [:]][key] = found
      }
      return plans.map { plan in
        let found = byUnit[plan.unit.id] ?? [:]
        return Read(
          progress: UnitProgress.build(
            unit: plan.unit, planned: plan.planned, period: period, days: plan.days,
            asOf: asOf, overdueBefore: overdueBefore, detail: true
          ) { _, key in found[key] ?? UnitProgress.Found() },
          plugin: plan.plugin, late: late[plan.unit.id] ?? [])
      }
    }
    // A roll-up's children: what each occurrence holds goes into the unit's array by slot.
    let metrics = Set(
      plans.flatMap { $0.planned.filter { $0.item.target != nil }.map(\.item.id) })
    var slotted = plans.map { plan in
      Array(
        repeating: UnitProgress.Found(),
        count: plan.kind.map { expansions.kinds[$0].slotCount } ?? 0)
    }
    var position: [String: Int] = [:]
    for (index, plan) in plans.enumerated() where position[plan.unit.id] == nil {
      position[plan.unit.id] = index
    }
    for tally in try store.recordTallies(
      unitIDs: units.map(\.id), periods: periods, valuesOf: metrics, cutoff: Self.cutoff(asOf))
    {
      guard let index = position[tally.key.unitID], let kind = plans[index].kind,
        let slot = expansions.kinds[kind].slot(item: tally.key.itemID, period: tally.key.period)
      else { continue }
      slotted[index][slot] = UnitProgress.Found(
        count: tally.count, latestValues: tally.latestValues)
    }
    return plans.map { plan in
      let index = position[plan.unit.id]!
      return Read(
        progress: UnitProgress.build(
          unit: plan.unit, planned: plan.planned, period: period, days: plan.days,
          asOf: asOf, overdueBefore: overdueBefore, detail: false
        ) { slot, _ in slotted[index][slot] },
        plugin: plan.plugin)
    }
  }
}

/// Occurrences already expanded, by plugin, item and the unit's terms: units with the same
/// terms share the same calendar, so a roll-up expands each item once per kind of unit.
/// Units of one kind also share the numbering of their occurrences (slots), so what the
/// ledger holds for them can be kept in arrays rather than looked up by key.
struct ExpansionCache {
  /// The units expanded alike: one plugin, the same terms.
  struct Kind {
    fileprivate var planned: [String: UnitProgress.Planned] = [:]
    fileprivate var slots: [String: [String: Int]] = [:]
    /// How many slots its items' occurrences take.
    private(set) var slotCount = 0

    /// The slot of an occurrence, by item and period key; nil when none was expanded.
    func slot(item: String, period: String) -> Int? { slots[item]?[period] }

    fileprivate mutating func slot(_ item: String, _ period: String) -> Int {
      if let known = slots[item]?[period] { return known }
      slots[item, default: [:]][period] = slotCount
      slotCount += 1
      return slotCount - 1
    }
  }

  private(set) var kinds: [Kind] = []
  /// The period keys of every occurrence expanded so far.
  private(set) var periods: Set<String> = []
  private var kindIndex: [String: Int] = [:]

  /// The kind of `unit` under `plugin`, by index into `kinds`.
  mutating func kind(plugin: String, unit: OrgUnit) -> Int {
    let terms = unit.terms.map { "\($0.name)=\($0.start)..\($0.end)" }.joined(separator: ";")
    // The unit type too: a plugin serving two types keeps a history per type.
    let key = "\(plugin)\u{1F}\(unit.type)\u{1F}\(terms)"
    if let known = kindIndex[key] { return known }
    kinds.append(Kind())
    kindIndex[key] = kinds.count - 1
    return kinds.count - 1
  }

  /// The item's occurrences with their record keys and slots, expanded once per kind.
  mutating func occurrences(
    of item: ChecklistItem, kind: Int, expand: () -> [Scheduling.Occurrence]
  ) -> UnitProgress.Planned {
    if let hit = kinds[kind].planned[item.id] { return hit }
    let occurrences = expand()
    let keys = occurrences.map { $0.period.description }
    let planned = UnitProgress.Planned(
      item: item, occurrences: occurrences,
      keys: keys.map { UnitProgress.key(item.id, $0) },
      slots: keys.map { kinds[kind].slot(item.id, $0) })
    kinds[kind].planned[item.id] = planned
    periods.formUnion(keys)
    return planned
  }
}
