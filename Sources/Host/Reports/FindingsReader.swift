import Scheduling
import Storage

/// Reads the findings of one unit or of many (a roll-up's children) for a report: one read
/// of the findings of all of them, one of their events, and the inspections and role holders
/// only of the units that have findings — so a roll-up over units without any costs one query.
struct FindingsReader {
  let catalog: PluginCatalog
  let calendar: WorkCalendar
  let store: any Store
  /// Person id → name.
  let people: [String: String]

  /// Each unit's findings listed for its days of the period (a term's days differ from unit
  /// to unit), as they stood on `asOf`, by unit id.
  func read(_ units: [(unit: OrgUnit, days: ClosedRange<CivilDate>)], asOf: CivilDate) throws
    -> [String: UnitFindings]
  {
    guard !units.isEmpty else { return [:] }
    let found = try store.findings(FindingFilter(unitIDs: units.map(\.unit.id)))
    let events = found.isEmpty ? [] : try store.findingEvents(findingIDs: found.map(\.id))
    let snapshot = FindingSnapshot(
      findings: found, events: events, cutoff: ProgressReader.cutoff(asOf), day: asOf,
      calendar: calendar)
    var byUnit: [String: [FindingSnapshot.State]] = [:]
    for state in snapshot.states { byUnit[state.finding.unitID, default: []].append(state) }
    for (unit, days) in units where byUnit[unit.id] != nil {
      byUnit[unit.id] = FindingSnapshot.listed(byUnit[unit.id] ?? [], in: days)
    }
    let withFindings = units.map(\.unit.id).filter { byUnit[$0]?.isEmpty == false }
    var inspections: [Int64: Inspection] = [:]
    if !withFindings.isEmpty {
      for inspection in try store.inspections(unitIDs: withFindings) {
        inspections[inspection.id] = inspection
      }
    }
    var result: [String: UnitFindings] = [:]
    var titles: [String: [String: String]] = [:]  // by plugin id
    for (unit, days) in units {
      let states = byUnit[unit.id] ?? []
      var owners: [String: [String]] = [:]
      var itemTitles: [String: String] = [:]
      if !states.isEmpty {
        for assignment in try store.roleAssignments(unitID: unit.id, personID: nil) {
          owners[assignment.role, default: []].append(
            people[assignment.personID] ?? assignment.personID)
        }
        if let plugin = catalog.plugin(forUnitType: unit.type) {
          itemTitles =
            titles[plugin.id] ?? Dictionary(plugin.items.map { ($0.id, $0.title) }) { a, _ in a }
          titles[plugin.id] = itemTitles
        }
      }
      result[unit.id] = UnitFindings(
        rules: catalog.findingKinds(for: unit.type), states: states,
        newFrom: days.lowerBound.description, inspections: inspections, itemTitles: itemTitles,
        people: people, owners: owners)
    }
    return result
  }
}
