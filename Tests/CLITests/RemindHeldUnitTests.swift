import Foundation
import Testing

/// A unit the run could not serve is held, not covered: its watermark stays, the run is
/// `partial`, the exit code is 1, and the first good run catches up what was missed.
@Suite("taizhang remind holds the units it could not serve")
struct RemindHeldUnitTests {
  /// A site folder whose school plugin extends the shipped one with one item of its own,
  /// reminded on every stage after missed runs (`catch_up = "all"`).
  static func writeSite(in site: RemindSite, broken: Bool, applies: String? = nil) throws -> String {
    let folder = site.cli.folder.appendingPathComponent("site/school")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("checklists"), withIntermediateDirectories: true)
    try """
      return { id = "school", name = "学校（清源区）", version = "1.0.0-qy", api = 1, extends = "school" }
      """.write(to: folder.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try """
      tz.item{
        id = "safety.flood_patrol", title = "汛期校园巡查", category = "safety", kind = "task",
        every = "weekly on mon", owner = "校长", escalate = { "责任督学" },\(applies.map { "\n  applies = \($0)," } ?? "")
      }
      tz.reminder{ id = "flood", items = { "safety.flood_patrol" }, on_due = true,
        overdue_every = "1 days", overdue_limit = 5, catch_up = "all" }
      \(broken ? "tz.item{ id = " : "")
      """.write(to: folder.appendingPathComponent("checklists/qingyuan.lua"), atomically: true, encoding: .utf8)
    return site.cli.folder.appendingPathComponent("site").path
  }

  /// The outbox config plus the site folder as the config's `plugins`.
  static func configure(_ site: RemindSite, plugins: String) throws {
    try site.writeConfig("""
      plugins = ["\(plugins)"]
      [channels.outbox]
      type = "outbox"
      folder = "\(site.outbox.path)"
      """)
  }

  /// "1" when the school's watermark stayed behind the hospital's (which was covered).
  static let heldWatermark = """
    SELECT (SELECT at FROM watermark WHERE job = 'remind' AND unit_id = 'qy-shiyan-xx')
      < (SELECT at FROM watermark WHERE job = 'remind' AND unit_id = 'qy-renmin-yy')
    """

  static let keyColumns = "unit_id || '|' || item_id || '|' || period || '|' || stage || '|' || recipient || '|' || channel"

  @Test("a site plugin broken for two mornings holds the schools; the fixed run catches up what a run that never broke sent")
  func brokenThenFixed() throws {
    let steady = try RemindSite()
    try Self.configure(steady, plugins: try Self.writeSite(in: steady, broken: false))
    for day in ["2026-10-12", "2026-10-13", "2026-10-14"] {
      let run = try steady.remind("--now", day)
      #expect(run.status == 0, "\(day): \(run.stdout) \(run.stderr)")
    }

    let broken = try RemindSite()
    let folder = try Self.writeSite(in: broken, broken: true)
    try Self.configure(broken, plugins: folder)
    for day in ["2026-10-12", "2026-10-13"] {
      let run = try broken.remind("--now", day)
      #expect(run.status == 1, "\(day): \(run.stdout) \(run.stderr)")
      #expect(run.stdout.contains("跳过 1 个单位"), "\(run.stdout)")
      #expect(run.stderr.contains("site/school/checklists/qingyuan.lua"), "\(run.stderr)")
    }
    #expect(try broken.sql("SELECT outcome FROM run_log ORDER BY id") == ["partial", "partial"])
    #expect(try broken.sql(Self.heldWatermark) == ["1"])
    _ = try Self.writeSite(in: broken, broken: false)
    let fixed = try broken.remind("--now", "2026-10-14")
    #expect(fixed.status == 0, "\(fixed.stdout) \(fixed.stderr)")

    // The held days are caught up in full: the same deliveries, stage for stage, as the
    // ledger whose runs never broke (shipped items with the "latest" policy included).
    let all = "SELECT \(Self.keyColumns) FROM delivery"
    let caughtUp = Set(try broken.sql(all))
    #expect(caughtUp == Set(try steady.sql(all)))
    #expect(caughtUp.contains { $0.hasPrefix("qy-shiyan-xx|safety.flood_patrol|") })
    #expect(caughtUp.contains { $0.hasPrefix("qy-shiyan-xx|moral.") })
    #expect(try broken.sql("SELECT count(*) FROM delivery WHERE status != 'sent'") == ["0"])
  }

  @Test("a failing applies leaves its item out for that unit, holds the unit and names file:line")
  func failingApplies() throws {
    let site = try RemindSite()
    let folder = try Self.writeSite(in: site, broken: false, applies: "function(unit) return unit.attribute.canteen end")
    try Self.configure(site, plugins: folder)
    let run = try site.remind("--now", "2026-10-12")
    #expect(run.status == 1, "\(run.stdout) \(run.stderr)")
    #expect(run.stdout.contains("跳过 1 个单位"), "\(run.stdout)")
    #expect(run.stderr.contains("site/school/checklists/qingyuan.lua:4"), "\(run.stderr)")
    #expect(try site.sql("SELECT count(*) FROM delivery WHERE item_id = 'safety.flood_patrol'") == ["0"])
    // The unit's other items still go out; its watermark stays for the next run.
    #expect(try site.sql("SELECT count(*) FROM delivery WHERE unit_id = 'qy-shiyan-xx'") != ["0"])
    #expect(try site.sql("SELECT outcome FROM run_log") == ["partial"])
    #expect(try site.remind("--now", "2026-10-13").status == 1)
    #expect(try site.sql(Self.heldWatermark) == ["1"])
  }

  @Test("an applies that never ends costs one budget, not one per unit, and is counted")
  func endlessApplies() throws {
    let site = try RemindSite()
    for id in ["qy-s2", "qy-s3"] {
      #expect(try site.cli.run("unit", "add", id, "--name", id, "--type", "school", "--parent", "qy-jyj").status == 0)
    }
    let folder = try Self.writeSite(in: site, broken: false, applies: "function(unit) while true do end end")
    try Self.configure(site, plugins: folder)
    let run = try site.remind("--now", "2026-10-12")
    #expect(run.status == 1, "\(run.stdout) \(run.stderr)")
    #expect(run.stdout.contains("跳过 3 个单位"), "\(run.stdout)")
    // Called once: the two other schools are held without spending another budget.
    #expect(run.stderr.components(separatedBy: "applies failed").count == 2, "\(run.stderr)")
    #expect(run.stderr.contains("site/school/checklists/qingyuan.lua:"), "\(run.stderr)")
    #expect(run.stderr.contains("timeout"), "\(run.stderr)")
  }

  @Test("a site plugin whose plugin.lua does not load: remind, checklist and report name its file and line")
  func manifestBroken() throws {
    let site = try RemindSite()
    let folder = site.cli.folder.appendingPathComponent("site/school")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "return { id = \"school\", extends = \"school\"\nlocal x = = 1\n"
      .write(to: folder.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    let siteFolder = folder.deletingLastPathComponent().path
    try Self.configure(site, plugins: siteFolder)
    let run = try site.remind("--now", "2026-10-12")
    #expect(run.status == 1, "\(run.stdout) \(run.stderr)")
    #expect(run.stderr.contains("site/school/plugin.lua:2"), "\(run.stderr)")
    let checklist = try site.cli.run("checklist", "--unit", "qy-shiyan-xx", "--plugins", siteFolder, "--today", "2026-10-12")
    #expect(checklist.status == 1, "\(checklist.stdout) \(checklist.stderr)")
    #expect(checklist.stderr.contains("site/school/plugin.lua:2"), "\(checklist.stderr)")
    let report = try site.cli.run(
      "report", "render", "monthly", "--unit", "qy-shiyan-xx", "--period", "2026-09", "--plugins", siteFolder,
      "--output", site.cli.folder.appendingPathComponent("r.md").path)
    #expect(report.status != 0, "\(report.stdout) \(report.stderr)")
    #expect(report.stderr.contains("site/school/plugin.lua:2"), "\(report.stderr)")
  }

  @Test("units of a type no plugin serves are held and counted")
  func unknownType() throws {
    let site = try RemindSite()
    #expect(try site.cli.run("unit", "add", "qy-x", "--name", "某单位", "--type", "schol").status != 99)
    let run = try site.remind("--now", "2026-10-12")
    // Whether or not `unit add` accepted the type, a unit without a plugin is never covered.
    if try site.sql("SELECT count(*) FROM unit WHERE id = 'qy-x'") == ["1"] {
      #expect(run.status == 1, "\(run.stdout) \(run.stderr)")
      #expect(run.stdout.contains("跳过 1 个单位"), "\(run.stdout)")
      #expect(try site.remind("--now", "2026-10-13").status == 1)
      #expect(try site.sql("""
        SELECT (SELECT at FROM watermark WHERE unit_id = 'qy-x') < (SELECT at FROM watermark WHERE unit_id = 'qy-renmin-yy')
        """) == ["1"])
    }
  }

  @Test("no plugin for any unit of the ledger: exit 2 before anything is written")
  func noPluginServes() throws {
    let site = try RemindSite()
    let empty = site.cli.folder.appendingPathComponent("only/calendar")
    try FileManager.default.createDirectory(at: empty.deletingLastPathComponent(), withIntermediateDirectories: true)
    let bin = try Installed.copy(in: site.cli.folder, shipped: false)
    try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Plugins/calendar"), to: empty)
    let run = try Installed.run(bin, ["remind", "--config", site.config, "--db", site.cli.database, "--now", "2026-10-12"],
      environment: ["TAIZHANG_PLUGIN_PATH": empty.deletingLastPathComponent().path], in: site.cli.folder)
    #expect(run.status == 2, "\(run.stdout) \(run.stderr)")
    #expect(run.stderr.contains("插件"), "\(run.stderr)")
    #expect(try site.sql("SELECT count(*) FROM run_log") == ["0"])
    #expect(try site.sql("SELECT count(*) FROM watermark") == ["0"])
    #expect(try site.sql("SELECT count(*) FROM delivery") == ["0"])
  }

  @Test("no plugins at all: exit 2, nothing written")
  func noPlugins() throws {
    let site = try RemindSite()
    let bin = try Installed.copy(in: site.cli.folder, shipped: false)
    let run = try Installed.run(bin, ["remind", "--config", site.config, "--db", site.cli.database, "--now", "2026-10-12"],
      in: site.cli.folder)
    #expect(run.status == 2, "\(run.stdout) \(run.stderr)")
    #expect(try site.sql("SELECT count(*) FROM run_log") == ["0"])
    #expect(try site.sql("SELECT count(*) FROM watermark") == ["0"])
    let list = try Installed.run(bin, ["plugin", "list"], in: site.cli.folder)
    #expect(list.status == 2, "\(list.stdout) \(list.stderr)")
  }

  @Test("remind --json prints one JSON document: the summary, problems and held units")
  func json() throws {
    let site = try RemindSite()
    try Self.configure(site, plugins: try Self.writeSite(in: site, broken: true))
    let run = try site.remind("--now", "2026-10-12", "--json")
    #expect(run.status == 1)
    let object = try #require(try CLI.json(run) as? [String: Any], "\(run.stdout)")
    #expect(object["day"] as? String == "2026-10-12")
    #expect(object["outcome"] as? String == "partial")
    #expect(object["exit_code"] as? Int == 1)
    #expect((object["queued"] as? Int ?? 0) > 0)
    let held = try #require(object["skipped_units"] as? [[String: Any]])
    #expect(held.map { $0["unit"] as? String } == ["qy-shiyan-xx"])
    #expect((held.first?["reason"] as? String)?.contains("school") == true)
    #expect(!(object["problems"] as? [String] ?? []).isEmpty)
    #expect(object["channels"] is [String: Any])
  }
}
