import Foundation
import Scheduling
import Storage

/// What is overdue, due today and due soon — for one unit, for the people holding roles,
/// or over a superior's whole tree of units.
public struct Agenda {
  /// How urgent an entry is.
  public enum Urgency: String, CaseIterable, Sendable {
    /// Past its due day and not done.
    case overdue
    /// Due today.
    case today
    /// Due within the coming days.
    case soon
  }

  /// One open occurrence.
  public struct Entry {
    /// The unit it belongs to.
    public let unit: OrgUnit
    /// The item.
    public let item: ChecklistItem
    /// The occurrence.
    public let occurrence: Scheduling.Occurrence
    /// How urgent it is.
    public let urgency: Urgency
  }

  /// The day it is judged on.
  public let asOf: CivilDate
  /// How many days ahead "soon" reaches.
  public let days: Int
  /// The open occurrences, most urgent first, then by due day and unit.
  public let entries: [Entry]
  /// Units that have no usable plugin, and failed `applies`.
  public let problems: [String]
  /// The years of the days judged (the look-back and the days ahead) without official holiday
  /// data: their statutory holidays count as workdays.
  public internal(set) var missingHolidayYears: [Int] = []

  /// How far back overdue work is looked for.
  public static let lookBackDays = 62

  /// The most days ahead an agenda may look (a year): more is refused as bad usage.
  public static let maximumDays = 366

  /// Builds the agenda of `units`; with `role`, only items that role owns or helps with
  /// (per unit: the roles a person holds there).
  static func build(
    units: [(unit: OrgUnit, roles: Set<String>?)], catalog: PluginCatalog, calendar: WorkCalendar,
    store: any Store, asOf: CivilDate, days: Int, history: ItemHistory? = nil
  ) throws -> Agenda {
    var entries: [Entry] = []
    var problems: [String] = []
    let range = asOf.adding(days: -lookBackDays)...asOf.adding(days: days)
    let cutoff = ProgressReader.cutoff(asOf)  // work done and entered by the day judged
    for plugin in catalog.plugins {
      plugin.services.store = store
      plugin.services.today = asOf
    }
    for (unit, roles) in units {
      guard let plugin = catalog.serving(unitType: unit.type),
        plugin.isUsable
      else {
        problems.append("单位 \(unit.id)（\(unit.type)）没有可用的插件")
        continue
      }
      let schedule = UnitSchedule(unit: unit, calendar: calendar, siteTerms: catalog.siteTerms, history: history)
      let (items, itemProblems) = schedule.applicableItems(of: plugin)
      problems += itemProblems.map(\.description)
      for item in items {
        if let roles, roles.isDisjoint(with: [item.owner] + item.cooperate) { continue }
        for occurrence in schedule.occurrences(of: item, in: range) {
          guard try schedule.records(of: item, occurrence, in: store, cutoff: cutoff) < occurrence.quota
          else { continue }
          let urgency: Urgency = occurrence.due < asOf ? .overdue : occurrence.due == asOf ? .today : .soon
          entries.append(Entry(unit: unit, item: item, occurrence: occurrence, urgency: urgency))
        }
      }
    }
    let rank = Dictionary(uniqueKeysWithValues: Urgency.allCases.enumerated().map { ($1, $0) })
    entries.sort {
      (rank[$0.urgency]!, $0.occurrence.due.dayNumber, $0.unit.id, $0.item.id)
        < (rank[$1.urgency]!, $1.occurrence.due.dayNumber, $1.unit.id, $1.item.id)
    }
    var agenda = Agenda(asOf: asOf, days: days, entries: entries, problems: problems)
    agenda.missingHolidayYears = HolidayCoverage.missingYears(in: range, calendar: calendar)
    return agenda
  }
}

extension Agenda {
  /// How many occurrences the units' applicable items have in `range` (for benchmarks
  /// and capacity planning): `applies` evaluated per unit, vacations honoured.
  public static func occurrenceCount(
    units: [OrgUnit], catalog: PluginCatalog, calendar: WorkCalendar, range: ClosedRange<CivilDate>
  ) throws -> Int {
    var total = 0
    for unit in units {
      guard let plugin = catalog.plugin(forUnitType: unit.type) else { continue }
      let schedule = UnitSchedule(unit: unit, calendar: calendar, siteTerms: catalog.siteTerms)
      for item in schedule.applicableItems(of: plugin).items {
        total += schedule.occurrences(of: item, in: range).count
      }
    }
    return total
  }
}
