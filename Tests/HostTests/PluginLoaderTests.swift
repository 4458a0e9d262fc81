import Foundation
import Host
import LuaRuntime
import Testing

/// Writes plugin folders under a temporary search-path folder.
struct PluginFixture {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-plugins-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func write(_ plugin: String, _ file: String, _ text: String) throws {
    let url = root.appendingPathComponent(plugin).appendingPathComponent(file)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  func manifest(_ id: String, api: Int = 1, requires: String = "") throws {
    try write(id, "plugin.lua", """
      return { id = "\(id)", name = "测试\(id)", version = "1.0", api = \(api), unit_types = { "\(id)" },
        requires = { \(requires) }, roles = { ["校长"] = "第一责任人", ["安全员"] = "日常检查" } }
      """)
  }

  func load(loader: PluginLoader = PluginLoader()) -> PluginCatalog {
    PluginCatalog.load(PluginSearchPath(folders: [root]), loader: loader)
  }
}

@Suite("Plugins load into their own sandboxes and report every problem")
struct PluginLoaderTests {
  let goodChecklist = """
    tz.category{ id = "safety", title = "安全管理", order = 10 }
    tz.item{
      id = "safety.fire_drill", title = "组织消防疏散演练", category = "safety", kind = "task",
      every = "termly at start+14", owner = "安全员", escalate = { "校长" }, evidence = { "照片", "签到表" },
      applies = function(unit) return unit.attributes["寄宿"] == "是" end,
    }
    tz.item{
      id = "safety.no_gambling", title = "承诺无涉赌涉毒", category = "safety", kind = "attestation",
      every = "yearly on 12-01", owner = "校长", statement = "本校教职工无涉赌涉毒行为",
    }
    """

  @Test("a sound plugin gives its categories, items and reminders, with callable functions")
  func soundPlugin() throws {
    let fixture = try PluginFixture()
    try fixture.manifest("school")
    try fixture.write("school", "checklists/safety.lua", goodChecklist)
    try fixture.write("school", "reminders.lua", #"tz.reminder{ id = "default", items = "*", before = "3 workdays", escalate_after = "3 workdays" }"#)
    let catalog = fixture.load()
    let plugin = try #require(catalog.plugin("school"))
    #expect(plugin.problems == [])
    #expect(plugin.categories.map(\.title) == ["安全管理"])
    #expect(plugin.items.map(\.id) == ["safety.fire_drill", "safety.no_gambling"])
    #expect(plugin.items[0].escalate == ["校长"])
    #expect(plugin.items[0].position?.line == 2)
    #expect(plugin.items[1].kind == .attestation)
    #expect(plugin.reminders.first?.before == DaySpan(count: 3, workdays: true))
    let applies = try #require(plugin.items[0].applies)
    #expect(try applies.call([["attributes": ["寄宿": "是"]]]) == [.boolean(true)])
    #expect(try applies.call([["attributes": ["寄宿": "否"]]]) == [.boolean(false)])
    #expect(catalog.plugin(forUnitType: "school")?.id == "school")
  }

  @Test("every declaration problem is listed with file and line, with a suggestion for typos")
  func declarationProblems() throws {
    let fixture = try PluginFixture()
    try fixture.manifest("school")
    try fixture.write("school", "checklists/safety.lua", """
      tz.category{ id = "safety", title = "安全管理", order = 10 }
      tz.item{ id = "safety.drill", title = "演练", category = "safety", kind = "task", evry = "weekly on mon", owner = "校长" }
      tz.item{ id = "safety.patrol", title = "巡查", category = "safety", kind = "task", every = "weekly on thurs", owner = "校长" }
      tz.item{ id = "safety.check", title = "检查", category = "safety", kind = "task", every = "daily", owner = "主任" }
      tz.item{ id = "health.x", title = "体检", category = "health", kind = "chore", every = "daily", owner = "校长" }
      tz.item{ id = "safety.rate", title = "合格率", category = "safety", kind = "metric", every = "monthly on 1", owner = "校长" }
      """)
    let plugin = try #require(fixture.load().plugin("school"))
    let file = fixture.root.appendingPathComponent("school/checklists/safety.lua").path
    #expect(plugin.problems.map(\.description) == [
      #"plugin school: \#(file):2: item "safety.drill": unknown field "evry" (did you mean "every"?)"#,
      #"plugin school: \#(file):2: item "safety.drill": missing field "every" (a recurrence rule)"#,
      #"plugin school: \#(file):3: item "safety.patrol": every: unknown weekday "thurs" at column 11; expected mon … sun"#,
      #"plugin school: \#(file):5: item "health.x": kind "chore" is not one of task, attestation, metric, standard"#,
      #"plugin school: \#(file):6: item "safety.rate": a metric needs a target"#,
      #"plugin school: \#(file):4: item "safety.check": role "主任" is not in plugin.lua's roles"#,
    ])
    #expect(!plugin.isUsable)
  }

  @Test("a syntax error and an endless loop are reported with file and line; other plugins keep working")
  func brokenPluginsAreIsolated() throws {
    let fixture = try PluginFixture()
    try fixture.manifest("school")
    try fixture.write("school", "checklists/safety.lua", goodChecklist)
    try fixture.manifest("hospital")
    try fixture.write("hospital", "checklists/a.lua", "tz.category{ id = 'a', title = 'A', order = 1 }\nlocal x = = 1\n")
    try fixture.manifest("community")
    try fixture.write("community", "checklists/a.lua", "local n = 0\n\nwhile true do n = n + 1 end\n")
    try fixture.manifest("bureau")
    try fixture.write("bureau", "checklists/a.lua", "local f = io.open('/etc/passwd')\n")
    let loader = PluginLoader(limits: LuaLimits(memoryBytes: 16 << 20, timeout: .milliseconds(200)))
    let catalog = fixture.load(loader: loader)
    #expect(catalog.plugin("school")?.isUsable == true)
    #expect(catalog.plugin("school")?.items.count == 2)
    let syntax = try #require(catalog.plugin("hospital")?.problems.first)
    #expect(syntax.file?.hasSuffix("hospital/checklists/a.lua") == true)
    #expect(syntax.line == 2)
    #expect(syntax.message.hasPrefix("syntax error:"))
    let loop = try #require(catalog.plugin("community")?.problems.first)
    #expect(loop.line == 3)
    #expect(loop.message == "timeout error: time limit exceeded (200 ms)")
    let sandbox = try #require(catalog.plugin("bureau")?.problems.first)
    #expect(sandbox.line == 1)
    #expect(sandbox.message.hasPrefix("sandbox error:"))
  }

  @Test("a later folder overrides a plugin of the same id; an unknown API level or a missing requirement is an error")
  func overridesAndRequirements() throws {
    let shipped = try PluginFixture()
    let site = try PluginFixture()
    try shipped.manifest("school")
    try shipped.write("school", "checklists/safety.lua", goodChecklist)
    try site.manifest("school", requires: #""calendar""#)
    try site.write("school", "checklists/safety.lua", goodChecklist)
    try site.manifest("future", api: 9)
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [shipped.root, site.root]))
    #expect(catalog.overrides.map(\.id) == ["school"])
    #expect(catalog.plugin("school")?.folder.path == site.root.appendingPathComponent("school").path)
    #expect(catalog.plugin("school")?.problems.map(\.message) == [#"requires plugin "calendar", which is not installed"#])
    #expect(catalog.plugin("future")?.problems.first?.message.contains("api level 9 is unknown") == true)
  }
}

@Suite("Declaration details")
struct DeclarationDetailTests {
  @Test("phases take MM-DD or +1-MM-DD; reminder spans read N days or N workdays; ids read category.name")
  func formats() throws {
    let fixture = try PluginFixture()
    try fixture.manifest("school")
    try fixture.write("school", "checklists/a.lua", """
      tz.category{ id = "safety", title = "安全", order = 1 }
      tz.phase{ id = "ok", title = "跨年", from = "07-01", to = "+1-07-31" }
      tz.phase{ id = "bad", title = "坏", from = "7-1", to = "13-01" }
      tz.item{ id = "Safety.Drill", title = "演练", category = "safety", kind = "task", every = "daily", owner = "校长" }
      tz.reminder{ id = "r1", items = "*", before = "3 workdays", overdue_every = "2 days" }
      tz.reminder{ id = "r2", items = "*", before = "three days" }
      """)
    let plugin = try #require(fixture.load().plugin("school"))
    #expect(plugin.phases.map(\.id) == ["ok"])
    #expect(plugin.reminders.first?.overdueEvery == DaySpan(count: 2, workdays: false))
    let messages = plugin.problems.map(\.message)
    #expect(messages.contains(#"phase "bad": "7-1" is not a day of the campaign year (MM-DD or +1-MM-DD)"#))
    #expect(messages.contains(#"reminder "r2": before "three days" should read "N days" or "N workdays""#))
    #expect(messages.contains { $0.hasPrefix(#"item "Safety.Drill": ids read category.name"#) })
  }
}
