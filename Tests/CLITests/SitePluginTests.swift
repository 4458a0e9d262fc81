import Foundation
import Testing

@Suite("A site plugin customises a shipped one without rebuilding")
struct SitePluginTests {
  /// A site folder whose school plugin extends the shipped one.
  func site(in cli: CLI, checklist: String) throws -> String {
    let folder = cli.folder.appendingPathComponent("site/school")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("checklists"), withIntermediateDirectories: true)
    try """
      return { id = "school", name = "学校（清源区）", version = "1.0.0-qy", api = 1, extends = "school",
        roles = { ["防汛责任人"] = "汛期安全" } }
      """.write(to: folder.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try checklist.write(to: folder.appendingPathComponent("checklists/qingyuan.lua"), atomically: true, encoding: .utf8)
    return cli.folder.appendingPathComponent("site").path
  }

  @Test("adding, changing and dropping items shows in checklist and record at once")
  func addChangeDrop() throws {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school")
    let folder = try site(in: cli, checklist: """
      tz.item{
        id = "safety.flood_drill", title = "开展防汛应急演练", category = "safety", kind = "task",
        every = "yearly on 05-20", owner = "防汛责任人", escalate = { "校长" }, evidence = { "照片" },
      }
      tz.change("moral.flag_raising", { title = "周一升旗仪式（清源区要求）", weight = 3 })
      tz.drop("civility.thrift")
      """)
    let check = try cli.run("plugin", "check", "--plugins", folder, db: false)
    #expect(check.status == 0, "\(check.stderr)")
    let list = try cli.run("plugin", "list", "--plugins", folder, db: false)
    #expect(list.stdout.contains("覆盖了"))

    let result = try cli.run("checklist", "--unit", "hx-xx", "--period", "2026", "--today", "2026-11-23", "--json", "--plugins", folder)
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let items = (json["sections"] as? [[String: Any]] ?? []).flatMap { $0["items"] as? [[String: Any]] ?? [] }
    let byID = Dictionary(uniqueKeysWithValues: items.compactMap { item in (item["id"] as? String).map { ($0, item) } })
    #expect(byID["safety.flood_drill"]?["owner"] as? String == "防汛责任人")
    #expect(byID["moral.flag_raising"]?["title"] as? String == "周一升旗仪式（清源区要求）")
    #expect(byID["civility.thrift"] == nil)
    #expect(byID["safety.building_check"] != nil)  // the rest of the shipped checklist is there

    #expect(try cli.run("record", "safety.flood_drill", "--unit", "hx-xx", "--period", "2026", "--plugins", folder).status == 0)
    #expect(try cli.run("record", "civility.thrift", "--unit", "hx-xx", "--plugins", folder).status == 2)
  }

  @Test("mistakes in a site plugin are reported with its file and line")
  func siteMistakes() throws {
    let cli = try CLI()
    let folder = try site(in: cli, checklist: """
      tz.change("moral.flag_rasing", { title = "x" })
      tz.change("moral.flag_raising", { evry = "daily" })
      tz.drop("nothing.here")
      """)
    let check = try cli.run("plugin", "check", "--plugins", folder, db: false)
    #expect(check.status == 2)
    let file = "site/school/checklists/qingyuan.lua"
    #expect(check.stderr.contains(#"plugin school: \#(file):1: tz.change: no item "moral.flag_rasing" to change"#))
    #expect(check.stderr.contains(#"plugin school: \#(file):2: tz.change "moral.flag_raising": unknown field "evry" (did you mean "every"?)"#))
    #expect(check.stderr.contains(#"plugin school: \#(file):3: tz.drop: no item "nothing.here" to drop"#))
  }
}

@Suite("Site folders come after the shipped plugins, never instead of them")
struct PluginSearchPathTests {
  @Test("a site calendar on TAIZHANG_PLUGIN_PATH overrides the shipped calendar and keeps the other shipped plugins")
  func siteCalendar() throws {
    let cli = try CLI()
    let site = cli.folder.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CLI.packageRoot.appendingPathComponent("Plugins/calendar"), to: site.appendingPathComponent("calendar"))
    let result = try cli.run(args: ["plugin", "list", "--json"], db: false, environment: ["TAIZHANG_PLUGIN_PATH": site.path])
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let ids = (json?["plugins"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(ids == ["bureau", "calendar", "community", "hospital", "school"])
    let overrides = json?["overrides"] as? [[String: String]]
    #expect(overrides?.map { $0["id"] } == ["calendar"])
    let day = try cli.run(args: ["calendar", "day", "2026-10-10"], db: false, environment: ["TAIZHANG_PLUGIN_PATH": site.path])
    #expect(day.status == 0)
    #expect(day.stdout.contains("调休上班"))
  }
}
