import Foundation
import Scheduling
import Storage

/// What `taizhang agenda` asks for: one unit, one person's duties, or a whole tree.
public struct AgendaQuery {
  /// Whose agenda.
  public enum Scope: Sendable {
    /// One unit.
    case unit(String)
    /// The items a person owns or helps with, in every unit they hold a role in.
    case person(String)
    /// A unit and every unit below it.
    case tree(String)
  }

  /// Whose agenda.
  public var scope: Scope
  /// How many days ahead count as soon.
  public var days: Int
  /// The day, `YYYY-MM-DD`; nil: today in Beijing.
  public var today: String?
  /// Whether a day after today may be asked for (`--allow-future`).
  public var allowFuture: Bool
  /// Site plugin folders.
  public var pluginFolders: [String]

  /// Creates a query.
  public init(scope: Scope, days: Int, today: String?, allowFuture: Bool = false, pluginFolders: [String]) {
    self.scope = scope
    self.days = days
    self.today = today
    self.allowFuture = allowFuture
    self.pluginFolders = pluginFolders
  }

  /// Runs the query against a ledger.
  public func run(ledger: Ledger) throws -> Agenda {
    let asOf = try AsOf.resolve(
      asked: try AsOf.parse(today, flag: "--today"), period: nil, today: AsOf.today(),
      allowFuture: allowFuture, flag: "--today")
    let units: [(unit: OrgUnit, roles: Set<String>?)]
    switch scope {
    case .unit(let id):
      units = [(try ledger.unit(id), nil)]
    case .tree(let id):
      var all = [try ledger.unit(id)]
      var index = 0
      while index < all.count {
        all += try ledger.store.children(of: all[index].id)
        index += 1
      }
      units = all.map { ($0, nil) }
    case .person(let id):
      _ = try ledger.person(id)
      let assignments = try ledger.store.roleAssignments(unitID: nil, personID: id)
      let byUnit = Dictionary(grouping: assignments, by: \.unitID)
      units = try byUnit.keys.sorted().map { (try ledger.unit($0), Set(byUnit[$0]!.map(\.role))) }
    }
    let inputs = try ScheduleInputs(today: today, pluginFolders: pluginFolders)
    let history = try ItemHistory.load(
      store: ledger.store, catalog: inputs.catalog, day: AsOf.today(), persist: false)
    return try Agenda.build(
      units: units, catalog: inputs.catalog, calendar: inputs.calendar, store: ledger.store,
      asOf: asOf, days: days, history: history)
  }
}
