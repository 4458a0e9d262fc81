import Foundation
import LuaRuntime
import Testing

@testable import Host

/// A plugin loaded beside the shipped calendar, with a ledger in a temporary folder.
struct ServiceFixture {
  let plugins: PluginFixture
  let catalog: PluginCatalog
  let plugin: LoadedPlugin
  let ledger: Ledger

  init(checklist: String = "", files: [String: String] = [:]) throws {
    plugins = try PluginFixture()
    try plugins.manifest("school")
    try plugins.write(
      "school", "checklists/a.lua",
      """
      tz.category{ id = "safety", title = "安全管理", order = 10 }
      tz.item{ id = "safety.monthly", title = "月度安全检查", category = "safety", kind = "task",
        every = "monthly on last workday", owner = "安全员", escalate = { "校长" } }
      tz.item{ id = "safety.dorm", title = "宿舍检查", category = "safety", kind = "metric",
        every = "monthly on 15", owner = "安全员", target = { at_most = 0, unit = "处" },
        applies = function(unit) return tz.unit.attribute("寄宿") == "是" and unit.id == tz.unit.current().id end }
      \(checklist)
      """)
    for (file, text) in files { try plugins.write("school", file, text) }
    catalog = PluginCatalog.load(
      PluginSearchPath(folders: [ShippedPluginTests.shipped, plugins.root]))
    plugin = try #require(catalog.plugin("school"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "taizhang-services-\(UUID().uuidString)")
    ledger = try Ledger.open(path: folder.appendingPathComponent("t.sqlite").path, create: true)
    plugin.services.store = ledger.store
  }

  /// Runs Lua in the plugin's state as if from `Plugins/school/x.lua`.
  @discardableResult
  func run(_ code: String) throws -> [LuaValue] {
    try #require(plugin.state).run(code: code, chunkName: "Plugins/school/x.lua")
  }
}

@Suite("tz.cal: the working-day calendar, lunar dates, terms and rule previews")
struct CalServiceTests {
  @Test("workday checks and arithmetic follow the 2026 holiday arrangement")
  func workdays() throws {
    let f = try ServiceFixture()
    #expect(f.plugin.problems == [])
    #expect(
      try f.run(#"return tz.cal.is_workday("2026-02-28"), tz.cal.is_workday("2026-10-01")"#) == [
        true, false,
      ])
    #expect(
      try f.run(
        #"return tz.cal.add_workdays("2026-09-30", 1), tz.cal.add_workdays("2026-10-08", -1)"#)
        == ["2026-10-08", "2026-09-30"])
    #expect(try f.run(#"return tz.cal.next_workday("2026-02-13")"#) == ["2026-02-14"])
    #expect(try f.run(#"return tz.cal.workdays_between("2026-10-01", "2026-10-11")"#) == [3])
    #expect(try f.run(#"return tz.cal.day("2026-10-10").kind"#) == ["makeupWorkday"])
  }

  @Test("lunar dates, festivals and solar terms")
  func lunar() throws {
    let f = try ServiceFixture()
    #expect(
      try f.run(#"local d = tz.cal.lunar("2026-02-17") return d.month, d.day, d.leap"#) == [
        1, 1, false,
      ])
    #expect(
      try f.run(#"return tz.cal.festival_date("中秋节", 2026), tz.cal.festivals("2026-10-01")[1]"#)
        == ["2026-09-25", "国庆节"])
    #expect(
      try f.run(#"return tz.cal.solar_term("2026-04-05"), tz.cal.solar_term("2026-04-06")"#) == [
        "清明", nil,
      ])
  }

  @Test("a rule preview lists the next occurrences from a day")
  func preview() throws {
    let f = try ServiceFixture()
    let result = try f.run(
      #"""
      local p = tz.cal.preview("monthly on last workday", { from = "2026-01-01", count = 3 })
      return #p, p[1].due, p[2].due, p[3].due, p[2].period
      """#)
    #expect(result == [3, "2026-01-30", "2026-02-28", "2026-03-31", "2026-02"])
  }

  @Test("bad arguments are errors at the caller's file and line, with did-you-mean for options")
  func argumentErrors() throws {
    let f = try ServiceFixture()
    let error = try #require(throws: LuaError.self) {
      try f.run("local x = 1\ntz.cal.add_workdays(\"2026-13-01\", 1)")
    }
    #expect(error.chunk == "Plugins/school/x.lua")
    #expect(error.line == 2)
    #expect(error.message.contains("bad argument #1 to 'tz.cal.add_workdays'"))
    let option = try #require(throws: LuaError.self) {
      try f.run(#"tz.cal.preview("daily", { cont = 3 })"#)
    }
    #expect(option.message.contains(#"did you mean "count""#))
    #expect(option.line == 1)
  }

  @Test("submodules are bound on first use")
  func lazy() throws {
    let f = try ServiceFixture()
    #expect(try f.run(#"return rawget(tz, "store") == nil"#) == [true])
    #expect(
      try f.run(#"return type(tz.store.get), rawget(tz, "store") ~= nil"#) == ["function", true])
    #expect(try f.run(#"return tz.nonsense"#) == [nil])
  }
}

@Suite("tz.unit: the unit in context")
struct UnitServiceTests {
  @Test("outside a unit context each function is a clear error")
  func outside() throws {
    let f = try ServiceFixture()
    let error = try #require(throws: LuaError.self) { try f.run("return tz.unit.current()") }
    #expect(error.message.contains("no unit in context"))
    #expect(error.line == 1)
  }

  @Test("applies sees the unit, its roles and people, parent and children")
  func inContext() throws {
    let f = try ServiceFixture()
    let store = f.ledger.store
    try store.addUnit(.init(id: "ju", name: "教育局", type: "bureau"), by: "t")
    try store.addUnit(
      .init(id: "xx", name: "寄宿小学", type: "school", parentID: "ju", attributes: ["寄宿": "是"]),
      by: "t")
    try store.addUnit(.init(id: "zx", name: "走读中学", type: "school", parentID: "ju"), by: "t")
    try store.addPerson(.init(id: "wang", name: "王校长"), by: "t")
    try store.assignRole(.init(unitID: "xx", role: "校长", personID: "wang"), by: "t")
    let boarding = try #require(try store.unit("xx"))
    let day = try #require(try store.unit("zx"))
    let calendar = f.plugin.services.calendar
    #expect(
      UnitSchedule(unit: boarding, calendar: calendar, siteTerms: .none).applicableItems(of: f.plugin).items.count
        == 2)
    #expect(
      UnitSchedule(unit: day, calendar: calendar, siteTerms: .none).applicableItems(of: f.plugin).items.count == 1)
    let seen = try f.plugin.services.withUnit(boarding) {
      try f.run(
        #"""
        return tz.unit.current().name, tz.unit.people("校长")[1].name, tz.unit.roles()["校长"][1],
          tz.unit.parent().id, #tz.unit.children()
        """#)
    }
    #expect(seen == ["寄宿小学", "王校长", "wang", "ju", 0])
    #expect(f.plugin.services.unit == nil)
  }
}

@Suite("The type stubs document every service function")
struct ServiceStubTests {
  @Test("each bound function has a stub with its parameters")
  func everyFunction() {
    let stubs = TypeStubs.source()
    for module in TZServices.modules {
      #expect(stubs.contains("tz.\(module.name) = {}"))
      for function in module.functions {
        let names = function.parameters.map(\.name).joined(separator: ", ")
        #expect(stubs.contains("function tz.\(module.name).\(function.name)(\(names)) end"), "\(function.name)")
      }
    }
    #expect(stubs.contains("function tz.t(key, vars) end"))
    #expect(stubs.contains("function spec.due_dates(unit, item, period) end"))
  }
}
