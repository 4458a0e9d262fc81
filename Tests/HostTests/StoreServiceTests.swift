import Foundation
import LuaRuntime
import Scheduling
import Storage
import Testing

@testable import Host

@Suite("tz.store: ledger queries and the plugin's own key-value store")
struct StoreServiceTests {
  @Test("values round-trip as JSON, scoped by plugin, and persist in the ledger")
  func keyValue() throws {
    let f = try ServiceFixture()
    try f.run(#"tz.store.set("last", { n = 3, names = { "甲", "乙" }, ok = true, rate = 0.5 })"#)
    #expect(
      try f.run(#"local v = tz.store.get("last") return v.n, v.names[2], v.ok, v.rate"#) == [
        3, "乙", true, 0.5,
      ])
    #expect(try f.ledger.store.pluginValue(plugin: "school", key: "last") != nil)
    #expect(try f.ledger.store.pluginValue(plugin: "hospital", key: "last") == nil)
    try f.run(#"tz.store.delete("last")"#)
    #expect(try f.run(#"return tz.store.get("last")"#) == [nil])
  }

  @Test("functions and oversized values are refused with the caller's line")
  func refused() throws {
    let f = try ServiceFixture()
    let function = try #require(throws: LuaError.self) {
      try f.run("tz.store.set(\"f\", { print })")
    }
    #expect(function.message.contains("functions cannot be stored"))
    let big = try #require(throws: LuaError.self) {
      try f.run(#"tz.store.set("big", string.rep("x", 70000))"#)
    }
    #expect(big.message.contains("超过上限"))
    #expect(big.line == 1)
  }

  @Test("occurrences, records and metric values of the unit in context")
  func queries() throws {
    let f = try ServiceFixture()
    try f.ledger.store.addUnit(
      .init(id: "xx", name: "寄宿小学", type: "school", attributes: ["寄宿": "是"]), by: "t")
    let unit = try #require(try f.ledger.store.unit("xx"))
    _ = try f.ledger.store.addRecord(
      LedgerRecord(
        key: OccurrenceKey(unitID: "xx", itemID: "safety.dorm", period: "2026-03"), doneAt: Date(),
        values: ["隐患数": 0]), evidenceFiles: [], by: "t")
    f.plugin.services.today = CivilDate(2026, 4, 1)
    let result = try f.plugin.services.withUnit(unit) {
      try f.run(
        #"""
        local o = tz.store.occurrences("2026-03")
        local r = tz.store.records("2026-03", { item = "safety.dorm" })
        return #o, o[1].item, o[1].done, o[2].item, o[2].due, o[2].overdue, #r,
          tz.store.metric("safety.dorm", "2026-03")["隐患数"], tz.store.metric("safety.monthly", "2026-03")
        """#)
    }
    #expect(result == [2, "safety.dorm", true, "safety.monthly", "2026-03-31", true, 1, 0.0, nil])
  }
}

@Suite("tz.log and tz.t")
struct LogAndMessageTests {
  final class Captured: @unchecked Sendable {
    let lock = NSLock()
    var entries: [PluginLog.Entry] = []
  }

  @Test("log entries carry the plugin id and the caller's file:line")
  func log() throws {
    let f = try ServiceFixture()
    let captured = Captured()
    f.plugin.services.log = PluginLog { entry in
      captured.lock.withLock { captured.entries.append(entry) }
    }
    try f.run("local a = 1\ntz.log.warn(\"检查 \" .. a)")
    #expect(
      captured.entries == [
        PluginLog.Entry(
          level: .warn, plugin: "school", position: "Plugins/school/x.lua:2", message: "检查 1")
      ])
  }

  @Test("messages: Chinese first, English when asked, {name} filled in, missing keys are errors")
  func messages() throws {
    let f = try ServiceFixture(files: [
      "messages/zh-CN.lua": #"return { due = "{item}将于{date}到期", only_zh = "仅中文" }"#,
      "messages/en.lua": #"return { due = "{item} is due on {date}" }"#,
    ])
    #expect(try f.run(#"return tz.t("due", { item = "月报", date = "3月31日" })"#) == ["月报将于3月31日到期"])
    f.plugin.services.language = "en"
    #expect(
      try f.run(#"return tz.t("due", { item = "report", date = 31 }), tz.t("only_zh")"#) == [
        "report is due on 31", "仅中文",
      ])
    let missing = try #require(throws: LuaError.self) { try f.run(#"return tz.t("nope")"#) }
    #expect(missing.message.contains("no message \"nope\""))
    let unfilled = try #require(throws: LuaError.self) {
      try f.run(#"return tz.t("due", { item = "x" })"#)
    }
    #expect(unfilled.message.contains("{date}"))
  }

  @Test("a messages file that does not return a table is a plugin problem with its file")
  func badMessages() throws {
    let f = try ServiceFixture(files: ["messages/en.lua": "return 42"])
    #expect(
      f.plugin.problems.map(\.file) == [
        "\(PluginCatalog.shown(f.plugins.root))/school/messages/en.lua"
      ])
  }
}
