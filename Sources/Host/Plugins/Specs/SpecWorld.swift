import Foundation
import LuaRuntime
import Scheduling
import Storage

/// The world one spec file runs in: a throwaway ledger, a virtual clock, and the `spec`
/// functions that declare units, record work and ask what is due.
final class SpecWorld {
  let plugin: LoadedPlugin
  let ledger: Ledger
  var services: PluginServices { plugin.services }
  /// The `it` blocks the file declared, in order.
  private(set) var tests: [(name: String, body: LuaFunction)] = []

  /// The day the clock starts on unless a spec sets it.
  static let startDay = CivilDate(2026, 1, 1)

  init(plugin: LoadedPlugin, ledger: Ledger) {
    self.plugin = plugin
    self.ledger = ledger
    plugin.services.store = ledger.store
    plugin.services.today = Self.startDay
  }

  /// Binds `spec.*` and the collector `it` hands its blocks to.
  func install(in state: LuaState) throws {
    state.register("spec.unit") { [unowned self] call in
      call.push(try self.declareUnit(try call.table(1), call))
    }
    state.register("spec.clock.set") { [unowned self] call in
      self.services.today = try call.date(1)
      call.push(self.services.today.description)
    }
    state.register("spec.clock.advance") { [unowned self] call in
      let days = try call.integer(1)
      guard abs(days) <= 3660 else { throw call.argumentError(1, "at most 3660 days") }
      self.services.today = self.services.today.adding(days: Int(days))
      call.push(self.services.today.description)
    }
    state.register("spec.clock.today") { [unowned self] call in
      call.push(self.services.today.description)
    }
    state.register("spec.record") { [unowned self] call in
      call.push(try self.record(try call.table(1), call))
    }
    state.register("spec.items") { [unowned self] call in
      let unit = try self.unit(call, 1)
      let schedule = UnitSchedule(
        unit: unit, calendar: self.services.calendar, siteTerms: self.services.siteTerms)
      let items = schedule.applicableItems(of: self.plugin).items
      call.push(.table(LuaTable(sequence: items.map { .string($0.id) })))
    }
    state.register("spec.occurrences") { [unowned self] call in
      let rows = try self.rows(call, item: nil)
      call.push(
        .table(
          LuaTable(
            sequence: rows.map { row in
              .table(
                LuaTable(fields: [
                  "item": .string(row.item), "period": .string(row.occurrence.period.description),
                  "due": row.occurrence.due.lua, "records": .integer(Int64(row.records.count)),
                  "done": .boolean(row.records.count >= row.occurrence.quota),
                ]))
            })))
    }
    state.register("spec.due_dates") { [unowned self] call in
      let rows = try self.rows(call, item: try call.string(2))
      call.push(.table(LuaTable(sequence: rows.map { $0.occurrence.due.lua })))
    }
    state.register("spec.status") { [unowned self] call in
      let rows = try self.rows(call, item: try call.string(2))
      let open = rows.filter { $0.records.count < $0.occurrence.quota }
      let status =
        rows.isEmpty
        ? "none"
        : open.contains { $0.occurrence.due < self.services.today }
          ? "overdue"
          : open.isEmpty ? "done" : "open"
      call.push(status)
    }
    state.register("spec.with_unit") { [unowned self] call in
      let unit = try self.unit(call, 1)
      let body = try call.function(2)
      let results = try self.services.withUnit(unit) { try body.call() }
      call.push(results.first ?? .nil)
    }
    let collect = state.function("it") { [unowned self] call in
      self.tests.append((try call.string(1), try call.function(2)))
    }
    let prelude = try state.compile(code: specPrelude, chunkName: "=[spec]")
    try state.call(prelude, [.function(collect)])
  }

  /// The unit named by argument `n`.
  func unit(_ call: LuaCall, _ n: Int) throws -> OrgUnit {
    let id = try call.string(n)
    guard let unit = try ledger.store.unit(id) else {
      throw call.argumentError(
        n, "no unit \"\(id)\"; declare it with spec.unit{ id = \"\(id)\", … }")
    }
    return unit
  }

  /// The occurrences of `spec.x(unit, [item,] period)`: the period is the last argument.
  func rows(_ call: LuaCall, item: String?) throws -> [(
    item: String, occurrence: Scheduling.Occurrence, records: [LedgerRecord]
  )] {
    let unit = try self.unit(call, 1)
    let period = try call.period(item == nil ? 2 : 3)
    return try services.withUnit(unit) {
      try services.occurrences(
        period: period, item: item, function: call.name, argument: 2, call: call)
    }
  }
}
