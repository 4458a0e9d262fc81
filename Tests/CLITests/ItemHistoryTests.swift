import Foundation
import Testing

/// The ledger remembers each item's definition from the day it first saw it in force: a
/// new item is due from that day, a changed schedule applies from the day of the change,
/// and earlier periods keep the definition they had. Dates worked out by hand: Mondays of
/// November 2026 are the 2nd, 9th, 16th, 23rd and 30th; Fridays the 6th, 13th, 20th, 27th;
/// Fridays of October the 2nd, 9th, 16th, 23rd and 30th.
@Suite("Checklists that change over time never re-judge the past")
struct ItemHistoryTests {
  /// Writes the site's school plugin (extending the shipped one) with `items`.
  func writeSite(_ cli: CLI, _ items: String) throws -> String {
    let folder = cli.folder.appendingPathComponent("site/school")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("checklists"), withIntermediateDirectories: true)
    try """
      return { id = "school", name = "学校（站点）", version = "1.0.0-site", api = 1, extends = "school" }
      """.write(to: folder.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try items.write(to: folder.appendingPathComponent("checklists/site.lua"), atomically: true, encoding: .utf8)
    return cli.folder.appendingPathComponent("site").path
  }

  static let monthlyPatrol = """
    tz.item{ id = "safety.site_patrol", title = "校园安全巡查", category = "safety", kind = "task",
      every = "monthly on 10", owner = "校长" }
    """
  static let weeklyPatrolAndDrill = """
    tz.item{ id = "safety.site_patrol", title = "校园安全巡查", category = "safety", kind = "task",
      every = "weekly on fri", owner = "校长" }
    tz.item{ id = "safety.site_drill", title = "应急疏散演练", category = "safety", kind = "task",
      every = "weekly on mon", owner = "校长" }
    """

  /// Due dates of an item in a period's checklist judged as of `today`.
  func dues(_ cli: CLI, _ site: String, _ item: String, period: String, today: String) throws -> [String] {
    let r = try cli.run("checklist", "--unit", "hx-xx", "--period", period, "--today", today, "--json", "--plugins", site)
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
    let items = (json["sections"] as? [[String: Any]] ?? []).flatMap { $0["items"] as? [[String: Any]] ?? [] }
    let found = items.first { $0["id"] as? String == item }
    return (found?["occurrences"] as? [[String: Any]] ?? []).compactMap { $0["due"] as? String }
  }

  /// A school whose ledger first looked at the checklists on 1 October (with the monthly
  /// patrol), and saw the patrol made weekly and the drill added on 16 November.
  func changedOn16November() throws -> (CLI, String) {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school", "--attribute", "学段=小学")
    let site = try writeSite(cli, Self.monthlyPatrol)
    let first = try cli.run("remind", "--now", "2026-10-01", "--plugins", site)
    #expect(first.status == 0 || first.status == 1, "\(first.stderr)")
    _ = try writeSite(cli, Self.weeklyPatrolAndDrill)
    // A dry run remembers nothing: the change is still new on the 16th.
    _ = try cli.run("remind", "--now", "2026-11-13", "--dry-run", "--plugins", site)
    let second = try cli.run("remind", "--now", "2026-11-16", "--plugins", site)
    #expect(second.status == 0 || second.status == 1, "\(second.stderr)")
    return (cli, site)
  }

  @Test("an item added on 16 November is due from that day, not from the start of the month")
  func newItemFromFirstSeen() throws {
    let (cli, site) = try changedOn16November()
    #expect(try dues(cli, site, "safety.site_drill", period: "2026-11", today: "2026-11-30")
      == ["2026-11-16", "2026-11-23", "2026-11-30"])
    #expect(try dues(cli, site, "safety.site_drill", period: "2026-10", today: "2026-10-31") == [])
  }

  @Test("a schedule changed from monthly to weekly keeps October monthly and November's first half")
  func changedSchedule() throws {
    let (cli, site) = try changedOn16November()
    #expect(try dues(cli, site, "safety.site_patrol", period: "2026-10", today: "2026-10-31") == ["2026-10-10"])
    #expect(try dues(cli, site, "safety.site_patrol", period: "2026-11", today: "2026-11-30")
      == ["2026-11-10", "2026-11-20", "2026-11-27"])
  }

  @Test("plugin show --history lists each version with the day it came in force")
  func historyListing() throws {
    let (cli, site) = try changedOn16November()
    let r = try cli.run("plugin", "show", "school", "--history", "--item", "safety.site_patrol", "--json", "--plugins", site)
    #expect(r.status == 0, "\(r.stderr)")
    let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
    #expect(rows.map { $0["every"] as? String } == ["monthly on 10", "weekly on fri"])
    #expect(rows.first?["since"] is NSNull)
    #expect(rows.last?["since"] as? String == "2026-11-16")
  }
}
