import Foundation
import Scheduling
import Storage

/// `plugin check`'s run of every item's `applies`: against the ledger's units of the types
/// each plugin serves, or, without a ledger, against representative units of those types
/// (a bare unit, and one keeping a school term). Each call runs under the plugin's limits;
/// an error or a timeout is a problem with file and line, and an `applies` that ran out of
/// time is not called again.
public enum AppliesCheck {
  /// The problems of every usable plugin's `applies`: on the units of `ledger`, or on
  /// representative units when it is nil.
  public static func problems(in catalog: PluginCatalog, ledger: (any Store)?) throws -> [PluginProblem] {
    var problems: [PluginProblem] = []
    let units = try ledger?.units()
    for plugin in catalog.plugins where plugin.isUsable && plugin.items.contains(where: { $0.applies != nil }) {
      plugin.services.store = ledger
      var timedOut: Set<String> = []
      var failures: [String: (first: PluginProblem, more: Int)] = [:]
      var order: [String] = []
      let types = (plugin.manifest?.unitTypes ?? []).filter { catalog.serving(unitType: $0) === plugin }
      for type in types {
        for unit in units?.filter({ $0.type == type }) ?? representatives(of: type) {
          let schedule = UnitSchedule(unit: unit, calendar: .weekendsOnly, siteTerms: catalog.siteTerms)
          let outcome = schedule.sortItems(of: plugin, skipping: timedOut)
          timedOut.formUnion(outcome.timedOut)
          for (item, problem) in outcome.errors {
            if let known = failures[item] {
              failures[item] = (known.first, known.more + 1)
            } else {
              failures[item] = (problem, 0)
              order.append(item)
            }
          }
        }
      }
      for item in order {
        guard let failure = failures[item] else { continue }
        var problem = failure.first
        if failure.more > 0 { problem.message += "; it fails for \(failure.more) more unit(s) too" }
        if timedOut.contains(item) { problem.message += "; an applies must answer quickly (it runs for every unit every morning)" }
        problems.append(problem)
      }
    }
    return problems
  }

  /// Units of `type` standing for the real ones when there is no ledger.
  static func representatives(of type: String) -> [OrgUnit] {
    [
      OrgUnit(id: "example-\(type)", name: "示例单位", type: type),
      OrgUnit(
        id: "example-\(type)-term", name: "示例单位（有学期）", type: type,
        terms: [StoredSchoolTerm(name: "2026秋季学期", start: "2026-09-01", end: "2027-01-22")]),
    ]
  }
}
