import Foundation
import Testing

/// The site config serves every command: its database and plugin folders apply where
/// neither a flag nor the environment names them; a broken config stops every command.
@Suite("The site config as defaults for every command")
struct SiteConfigDefaultsTests {
  @Test("database and plugin folders from $TAIZHANG_CONFIG reach unit and checklist commands")
  func databaseAndPlugins() throws {
    let cli = try CLI()
    let site = cli.folder.appendingPathComponent("site/school")
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("checklists"), withIntermediateDirectories: true)
    try """
      return { id = "school", name = "学校（清源区）", version = "1.0.0-qy", api = 1, extends = "school" }
      """.write(to: site.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try """
      tz.change("moral.flag_raising", { title = "周一升旗仪式（站点配置）" })
      """.write(
        to: site.appendingPathComponent("checklists/site.lua"), atomically: true, encoding: .utf8)
    let database = cli.folder.appendingPathComponent("site-ledger/taizhang.sqlite").path
    let config = cli.folder.appendingPathComponent("config.toml")
    try """
      database = "\(database)"
      plugins = ["\(site.deletingLastPathComponent().path)"]
      """.write(to: config, atomically: true, encoding: .utf8)
    let env = ["TAIZHANG_CONFIG": config.path]
    #expect(try cli.run(args: ["init"], db: false, environment: env).status == 0)
    #expect(FileManager.default.fileExists(atPath: database))
    let add = try cli.run(
      args: ["unit", "add", "hx-xx", "--name", "河西小学", "--type", "school"], db: false,
      environment: env)
    #expect(add.status == 0, "\(add.stderr)")
    let checklist = try cli.run(
      args: ["checklist", "--unit", "hx-xx", "--period", "2026-11", "--today", "2026-11-23"],
      db: false, environment: env)
    #expect(checklist.status == 0, "\(checklist.stderr)")
    #expect(checklist.stdout.contains("周一升旗仪式（站点配置）"))
    // A flag still wins over the config: this ledger is elsewhere and empty.
    #expect(try cli.run(args: ["init"], db: true, environment: env).status == 0)
    let elsewhere = try cli.run(args: ["unit", "list", "--json"], db: true, environment: env)
    #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
    #expect(!elsewhere.stdout.contains("hx-xx"))
  }

  @Test("a broken config is reported with file and line, exit 2, for any command")
  func brokenConfig() throws {
    let cli = try CLI()
    let config = cli.folder.appendingPathComponent("config.toml")
    try "database = \"/tmp/x.sqlite\"\nlanguge = \"en\"\n".write(
      to: config, atomically: true, encoding: .utf8)
    let result = try cli.run(
      args: ["unit", "list"], db: false, environment: ["TAIZHANG_CONFIG": config.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("config.toml:2"))
    #expect(!result.stderr.contains("Fatal error"))
  }
}
