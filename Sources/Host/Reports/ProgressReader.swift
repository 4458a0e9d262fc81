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

  /// A unit's progress, with its plugin (nil: no usable plugin serves its type).
  struct Read {
    let progress: UnitProgress
    let plugin: LoadedPlugin?
  }

  /// The days of `period` for `unit`; a term's days come from the unit's configured terms.
  static func days(of period: Scheduling.PeriodKey, for unit: OrgUnit, calendar: WorkCalendar)
    throws -> ClosedRange<CivilDate>
  {
    if let days = period.days { return days }
    let schedule = UnitSchedule(unit: unit, calendar: calendar)
    guard let days = schedule.context.school.term(period)?.days else {
      throw UsageError("单位 \(unit.id) 没有学期 \(period)；请在单位的 terms 中配置学期日期")
    }
    return days
  }

  /// The progress of each unit for `period`, judged as of `asOf` (the period's last day
  /// when nil), in the order given. With `detail` every record is read (a report on the
  /// unit itself); without, only their counts and latest values (a roll-up's children).
  /// Problems of `applies` functions are collected.
  func read(
    _ units: [OrgUnit], period: Scheduling.PeriodKey, asOf: CivilDate?, detail: Bool,
    problems: inout [PluginProblem]
  ) throws -> [Read] {
    var expansions = ExpansionCache()
    var plans:
      [(
        unit: OrgUnit, plugin: LoadedPlugin?, days: ClosedRange<CivilDate>,
        planned: [UnitProgress.Planned]
      )] = []
    var periods: Set<String> = []
    for unit in units {
      let days = try Self.days(of: period, for: unit, calendar: calendar)
      guard let plugin = catalog.plugin(forUnitType: unit.type) else {
        plans.append((unit, nil, days, []))
        continue
      }
      let schedule = UnitSchedule(unit: unit, calendar: calendar)
      let (items, failed) = schedule.applicableItems(of: plugin)
      problems += failed
      let wide = days.lowerBound.adding(days: -62)...days.upperBound.adding(days: 62)
      let planned = items.map { item in
        expansions.occurrences(of: item, plugin: plugin.id, unit: unit) {
          schedule.occurrences(of: item, in: wide).filter {
            days.contains($0.due) || $0.period == period
          }
        }
      }
      for line in planned { for o in line.occurrences { periods.insert(o.period.description) } }
      plans.append((unit, plugin, days, planned))
    }
    var byUnit: [String: [String: UnitProgress.Found]] = [:]
    if detail {
      for record in try store.records(unitIDs: units.map(\.id), periods: periods.sorted()) {
        let key = UnitProgress.key(record.key.itemID, record.key.period)
        var found = byUnit[record.key.unitID, default: [:]][key] ?? UnitProgress.Found()
        found.count += 1
        found.records.append(record)
        found.latestValues = record.values
        byUnit[record.key.unitID, default: [:]][key] = found
      }
    } else {
      let metrics = Set(
        plans.flatMap { $0.planned.filter { $0.item.target != nil }.map(\.item.id) })
      for tally in try store.recordTallies(
        unitIDs: units.map(\.id), periods: periods.sorted(), valuesOf: metrics)
      {
        byUnit[tally.key.unitID, default: [:]][
          UnitProgress.key(tally.key.itemID, tally.key.period)] =
          UnitProgress.Found(count: tally.count, latestValues: tally.latestValues)
      }
    }
    return plans.map { plan in
      Read(
        progress: UnitProgress.build(
          unit: plan.unit, planned: plan.planned, period: period, days: plan.days,
          asOf: asOf ?? plan.days.upperBound, found: byUnit[plan.unit.id] ?? [:], detail: detail),
        plugin: plan.plugin)
    }
  }
}

/// Occurrences already expanded, by plugin, item and the unit's terms: units with the same
/// terms share the same calendar, so a roll-up expands each item once per kind of unit.
struct ExpansionCache {
  private var cache: [String: UnitProgress.Planned] = [:]

  /// The item's occurrences with their record keys, expanded once per plugin, item and terms.
  mutating func occurrences(
    of item: ChecklistItem, plugin: String, unit: OrgUnit, expand: () -> [Scheduling.Occurrence]
  ) -> UnitProgress.Planned {
    let terms = unit.terms.map { "\($0.name)=\($0.start)..\($0.end)" }.joined(separator: ";")
    let key = "\(plugin)\u{1F}\(item.id)\u{1F}\(terms)"
    if let hit = cache[key] { return hit }
    let occurrences = expand()
    let planned = UnitProgress.Planned(
      item: item, occurrences: occurrences,
      keys: occurrences.map { UnitProgress.key(item.id, $0.period.description) })
    cache[key] = planned
    return planned
  }
}
