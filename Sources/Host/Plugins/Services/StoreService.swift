import Foundation
import LuaRuntime
import Scheduling
import Storage

/// `tz.store`: read-only queries of the ledger for the unit in context — its occurrences
/// of a period with their records and metric values — and the plugin's own small
/// key-value store (`get`/`set`/`delete`, JSON values, scoped by plugin, size-capped).
enum StoreService {
  static let module = ServiceModule(
    name: "store",
    summary: "Ledger queries for the unit in context; the plugin's own key-value store.",
    classes: """
      ---An occurrence of an item for the unit in context.
      ---@class tz.OccurrenceInfo
      ---@field item string # the item id
      ---@field period string # the period key, e.g. "2026-03"
      ---@field due string # YYYY-MM-DD
      ---@field quota integer
      ---@field records integer # how many records the ledger holds for it
      ---@field done boolean # records >= quota
      ---@field overdue boolean # not done and late: due before today (in a report, as the report judges)

      ---A ledger record.
      ---@class tz.RecordInfo
      ---@field item string
      ---@field period string
      ---@field done_at string # when it was entered, ISO 8601 in UTC
      ---@field done_on string # YYYY-MM-DD, the day the work was done
      ---@field by string? # the person's id
      ---@field note string?
      ---@field values table<string, number>

      ---Which items a query covers.
      ---@class tz.QueryOptions
      ---@field item string? # only this item

      """,
    functions: [
      ServiceFunction(
        "occurrences", "The occurrences of the unit's items in a period, with their records.",
        [
          ("period", "string", "e.g. 2026-03, 2026-Q1, 2026-T1, 2026"),
          ("opts", "tz.QueryOptions?", "item"),
        ],
        returns: "tz.OccurrenceInfo[]"
      ) { call, s in
        let rows = try periodOccurrences(&call, s, "tz.store.occurrences")
        call.push(
          .table(
            LuaTable(
              sequence: rows.map { row in
                let done = row.records.count >= row.occurrence.quota
                return .table(
                  LuaTable(fields: [
                    "item": .string(row.item), "period": .string(row.occurrence.period.description),
                    "due": row.occurrence.due.lua, "quota": .integer(Int64(row.occurrence.quota)),
                    "records": .integer(Int64(row.records.count)), "done": .boolean(done),
                    "overdue": .boolean(
                      !done && row.occurrence.due < (s.reportCutoff?.overdueBefore ?? s.today)),
                  ]))
              })))
      },
      ServiceFunction(
        "records",
        "The ledger records of the unit's occurrences in a period (in a report body, those done by its day and entered by its end).",
        [("period", "string", "a period key"), ("opts", "tz.QueryOptions?", "item")],
        returns: "tz.RecordInfo[]"
      ) { call, s in
        let rows = try periodOccurrences(&call, s, "tz.store.records")
        call.push(.table(LuaTable(sequence: rows.flatMap { row in row.records.map(recordValue) })))
      },
      ServiceFunction(
        "metric", "The values last recorded for a metric item in a period, or nil.",
        [("item", "string", "the item id"), ("period", "string", "a period key")],
        returns: "table<string, number>?"
      ) { call, s in
        let item = try call.string(1)
        let period = try call.period(2)
        let rows = try s.occurrences(
          period: period, item: item, function: "tz.store.metric", argument: 1, call: call)
        let latest = rows.flatMap(\.records).max { $0.doneAt < $1.doneAt }
        call.push(
          latest.map { record in
            var values = LuaTable()
            for (name, value) in record.values { values[name] = .number(value) }
            return .table(values)
          } ?? .nil)
      },
      ServiceFunction(
        "get", "A value the plugin stored under a key, or nil.", [("key", "string", "the key")],
        returns: "any"
      ) { call, s in
        let key = try call.string(1)
        guard
          let text = try s.requireStore("tz.store.get").pluginValue(plugin: s.pluginID, key: key)
        else {
          call.push(.nil)
          return
        }
        call.push(try PluginValueJSON.value(text))
      },
      ServiceFunction(
        "set",
        "Stores a value (nil, boolean, number, string, or a table of them) under a key; at most 64 KB a value, 1 MB a plugin.",
        [("key", "string", "the key, at most 200 bytes"), ("value", "any", "the value")]
      ) { call, s in
        let key = try call.string(1)
        let value = try call.value(2)
        let store = try s.requireStore("tz.store.set")
        if value.isNil {
          try store.deletePluginValue(plugin: s.pluginID, key: key)
          return
        }
        let text: String
        do { text = try PluginValueJSON.text(value) } catch {
          throw call.argumentError(2, "\(error)")
        }
        try store.setPluginValue(plugin: s.pluginID, key: key, json: text)
      },
      ServiceFunction("delete", "Removes a key.", [("key", "string", "the key")]) { call, s in
        try s.requireStore("tz.store.delete").deletePluginValue(
          plugin: s.pluginID, key: try call.string(1))
      },
    ])

  static func periodOccurrences(
    _ call: inout LuaCall, _ s: PluginServices, _ function: String
  ) throws -> [(item: String, occurrence: Scheduling.Occurrence, records: [LedgerRecord])] {
    let period = try call.period(1)
    let options = try call.options(2, allowed: ["item"])
    let item = try call.stringOption(options, "item", argument: 2)
    return try s.occurrences(
      period: period, item: item, function: function, argument: 2, call: call)
  }

  static func recordValue(_ record: LedgerRecord) -> LuaValue {
    var values = LuaTable()
    for (name, value) in record.values { values[name] = .number(value) }
    return .table(
      LuaTable(fields: [
        "item": .string(record.key.itemID), "period": .string(record.key.period),
        "done_at": .string(ISO8601DateFormatter().string(from: record.doneAt)),
        "done_on": .string(record.doneOn),
        "by": record.byPersonID.map(LuaValue.string) ?? .nil,
        "note": record.note.map(LuaValue.string) ?? .nil,
        "values": .table(values),
      ]))
  }
}

extension PluginServices {
  /// The occurrences of the unit in context's applicable items (or one item) in a period,
  /// with the records of each — in a report body, only those the report counts.
  func occurrences(
    period: Scheduling.PeriodKey, item itemID: String?, function: String, argument: Int,
    call: LuaCall
  ) throws -> [(item: String, occurrence: Scheduling.Occurrence, records: [LedgerRecord])] {
    let unit = try requireUnit(function)
    let store = try requireStore(function)
    guard let plugin else { throw ServiceError("\(function): the plugin is not loaded") }
    let schedule = UnitSchedule(unit: unit, calendar: calendar, siteTerms: siteTerms)
    var items = schedule.applicableItems(of: plugin).items
    if let itemID {
      guard plugin.items.contains(where: { $0.id == itemID }) else {
        let hint =
          DeclarationSchema.closest(to: itemID, in: plugin.items.map(\.id)).map {
            " (did you mean \"\($0)\"?)"
          } ?? ""
        throw call.argumentError(argument, "no item \"\(itemID)\" in plugin \(plugin.id)\(hint)")
      }
      items = items.filter { $0.id == itemID }  // none when it does not apply to the unit
    }
    var rows: [(item: String, occurrence: Scheduling.Occurrence, records: [LedgerRecord])] = []
    for item in items {
      for occurrence in schedule.occurrences(of: item, inPeriod: period) {
        let key = OccurrenceKey(
          unitID: unit.id, itemID: item.id, period: occurrence.period.description)
        var records = try store.records(of: key)
        if let cutoff = reportCutoff?.records { records = records.filter(cutoff.admits) }
        rows.append((item.id, occurrence, records))
      }
    }
    return rows.sorted { ($0.occurrence.due, $0.item) < ($1.occurrence.due, $1.item) }
  }
}
