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
  static func days(of period: Scheduling.PeriodKey, for unit: OrgUnit, calendar: WorkCalendar) throws -> ClosedRange<CivilDate> {
    if let days = period.days { return days }
    let schedule = UnitSchedule(unit: unit, calendar: calendar)
    guard let days = schedule.context.school.term(period)?.days else {
      throw UsageError("单位 \(unit.id) 没有学期 \(period)；请在单位的 terms 中配置学期日期")
    }
    return days
  }

  /// The progress of each unit for `period`, judged as of `asOf` (the period's last day
  /// when nil), in the order given. Problems of `applies` functions are collected.
  func read(
    _ units: [OrgUnit], period: Scheduling.PeriodKey, asOf: CivilDate?, problems: inout [PluginProblem]
  ) throws -> [Read] {
    var plans: [(unit: OrgUnit, plugin: LoadedPlugin?, days: ClosedRange<CivilDate>,
      planned: [(item: ChecklistItem, occurrences: [Scheduling.Occurrence])])] = []
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
        (item: item, occurrences: schedule.occurrences(of: item, in: wide).filter {
          days.contains($0.due) || $0.period == period
        })
      }
      for (_, occurrences) in planned { for o in occurrences { periods.insert(o.period.description) } }
      plans.append((unit, plugin, days, planned))
    }
    var byUnit: [String: [String: [LedgerRecord]]] = [:]
    for record in try store.records(unitIDs: units.map(\.id), periods: periods.sorted()) {
      byUnit[record.key.unitID, default: [:]][UnitProgress.key(record.key.itemID, record.key.period), default: []]
        .append(record)
    }
    return plans.map { plan in
      Read(
        progress: UnitProgress.build(
          unit: plan.unit, planned: plan.planned, period: period, days: plan.days,
          asOf: asOf ?? plan.days.upperBound, records: byUnit[plan.unit.id] ?? [:]),
        plugin: plan.plugin)
    }
  }
}
