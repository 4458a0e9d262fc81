import Foundation
import Testing

/// The shipped plugins are found from the binary's real path, and every folder an operator
/// names is checked.
@Suite("Plugin folders: found from the binary, checked when named")
struct PluginFolderTests {
  static func ids(_ result: CLI.Result) -> [String] {
    let json = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return (json?["plugins"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
  }

  static let all = ["bureau", "calendar", "community", "hospital", "school"]

  @Test("an installed binary (PREFIX/bin) finds PREFIX/share/taizhang/plugins, through PATH, from any folder")
  func installedLayout() throws {
    let cli = try CLI()
    let bin = try Installed.copy(in: cli.folder, shipped: true)
    let elsewhere = cli.folder.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    let list = try Installed.run(bin, ["plugin", "list", "--json"], in: elsewhere, viaPath: true)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(Self.ids(list) == Self.all)
    let check = try Installed.run(bin, ["plugin", "check"], in: elsewhere, viaPath: true)
    #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
  }

  @Test("a symlink to the checkout's binary finds the checkout's Plugins/")
  func symlink() throws {
    let cli = try CLI()
    let bin = cli.folder.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: bin.appendingPathComponent("taizhang"), withDestinationURL: CLI.binary)
    let list = try Installed.run(bin.appendingPathComponent("taizhang"), ["plugin", "list", "--json"], in: cli.folder, viaPath: true)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(Self.ids(list) == Self.all)
  }

  @Test("a Plugins folder in the working folder is not taken for the shipped one")
  func notFromWorkingFolder() throws {
    let cli = try CLI()
    let bin = try Installed.copy(in: cli.folder, shipped: false)
    let work = cli.folder.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CLI.packageRoot.appendingPathComponent("Plugins"), to: work.appendingPathComponent("Plugins"))
    let list = try Installed.run(bin, ["plugin", "list"], in: work)
    #expect(list.status == 2, "\(list.stdout) \(list.stderr)")
    #expect(list.stderr.contains("prefix/share/taizhang/plugins"), "\(list.stderr)")
  }

  @Test("a missing --plugins folder is exit 2 naming it and its source")
  func missingFlagFolder() throws {
    let cli = try CLI()
    let result = try cli.run("plugin", "check", "--plugins", "/nowhere/site", db: false)
    #expect(result.status == 2)
    #expect(result.stderr.contains("/nowhere/site"), "\(result.stderr)")
    #expect(result.stderr.contains("--plugins"), "\(result.stderr)")
  }

  @Test("TAIZHANG_PLUGIN_PATH naming a missing or empty folder is exit 2 naming the variable")
  func badEnvironmentFolder() throws {
    let cli = try CLI()
    let missing = try cli.run(args: ["plugin", "list"], db: false, environment: ["TAIZHANG_PLUGIN_PATH": "/nowhere"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/nowhere") && missing.stderr.contains("TAIZHANG_PLUGIN_PATH"), "\(missing.stderr)")
    let empty = cli.folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let none = try cli.run(args: ["plugin", "list"], db: false, environment: ["TAIZHANG_PLUGIN_PATH": empty.path])
    #expect(none.status == 2)
    #expect(none.stderr.contains(empty.path), "\(none.stderr)")
  }

  @Test("a config plugins entry that is missing stops remind with exit 2 before anything is written")
  func missingConfigFolder() throws {
    let site = try RemindSite()
    try site.writeConfig("""
      plugins = ["/nowhere/plugins"]
      [channels.outbox]
      type = "outbox"
      folder = "\(site.outbox.path)"
      """)
    let run = try site.remind("--now", "2026-10-12")
    #expect(run.status == 2, "\(run.stdout) \(run.stderr)")
    #expect(run.stderr.contains("/nowhere/plugins") && run.stderr.contains("config.toml"), "\(run.stderr)")
    #expect(try site.sql("SELECT count(*) FROM run_log") == ["0"])
  }

  @Test("TAIZHANG_PLUGIN_PATH set to the shipped folder itself changes nothing")
  func shippedFolderAgain() throws {
    let cli = try CLI()
    let env = ["TAIZHANG_PLUGIN_PATH": CLI.packageRoot.appendingPathComponent("Plugins").path]
    let check = try cli.run(args: ["plugin", "check"], db: false, environment: env)
    #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
    let list = try cli.run(args: ["plugin", "list", "--json"], db: false, environment: env)
    #expect(Self.ids(list) == Self.all)
    #expect(!list.stdout.contains("覆盖"))
    // A lone copy of the binary (no shipped folder beside it) given the folder through the
    // variable finds the shared report helpers there too.
    let lone = try Installed.copy(in: cli.folder, shipped: false)
    let alone = try Installed.run(lone, ["plugin", "check"], environment: env, in: cli.folder)
    #expect(alone.status == 0, "\(alone.stdout) \(alone.stderr)")
  }

  @Test("--plugins naming a plugin folder itself uses it as that one plugin, and says so")
  func pluginFolderItself() throws {
    let site = try RemindSite()
    let folder = try RemindHeldUnitTests.writeSite(in: site, broken: false) + "/school"
    let list = try site.cli.run("plugin", "list", "--plugins", folder, db: false)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("单个插件"), "\(list.stdout)")
    _ = try RemindHeldUnitTests.writeSite(in: site, broken: true)
    let check = try site.cli.run("plugin", "check", "--plugins", folder, db: false)
    #expect(check.status == 2, "\(check.stdout) \(check.stderr)")
    #expect(check.stderr.contains("qingyuan.lua"), "\(check.stderr)")
  }

  @Test("two site folders both extending school are one clear problem")
  func twoExtensions() throws {
    let site = try RemindSite()
    let first = try RemindHeldUnitTests.writeSite(in: site, broken: false)
    let second = site.cli.folder.appendingPathComponent("site2")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: first), to: second)
    let check = try site.cli.run("plugin", "check", "--plugins", first, "--plugins", second.path, db: false)
    #expect(check.status == 2, "\(check.stdout) \(check.stderr)")
    #expect(check.stderr.contains("site/school") && check.stderr.contains("site2/school"), "\(check.stderr)")
  }

  @Test("plugin check runs each applies on representative units and reports errors and timeouts with file:line")
  func checkRunsApplies() throws {
    let site = try RemindSite()
    let folder = try RemindHeldUnitTests.writeSite(
      in: site, broken: false, applies: "function(unit) return unit.attribute.canteen end")
    let check = try site.cli.run("plugin", "check", "--plugins", folder, db: false)
    #expect(check.status == 2, "\(check.stdout) \(check.stderr)")
    #expect(check.stderr.contains("site/school/checklists/qingyuan.lua:4"), "\(check.stderr)")
    #expect(check.stderr.contains("applies"), "\(check.stderr)")

    _ = try RemindHeldUnitTests.writeSite(in: site, broken: false, applies: "function(unit) while true do end end")
    let endless = try site.cli.run("plugin", "check", "--plugins", folder, db: false)
    #expect(endless.status == 2, "\(endless.stdout) \(endless.stderr)")
    #expect(endless.stderr.contains("timeout"), "\(endless.stderr)")
  }

  @Test("plugin check with a ledger runs applies on the ledger's units of that type")
  func checkAgainstLedger() throws {
    let site = try RemindSite()
    let folder = try RemindHeldUnitTests.writeSite(
      in: site, broken: false, applies: #"function(unit) if unit.id == "qy-shiyan-xx" then error("no canteen data") end return true end"#)
    let bare = try site.cli.run("plugin", "check", "--plugins", folder, db: false)
    #expect(bare.status == 0, "\(bare.stdout) \(bare.stderr)")
    let ledger = try site.cli.run("plugin", "check", "--plugins", folder)
    #expect(ledger.status == 2, "\(ledger.stdout) \(ledger.stderr)")
    #expect(ledger.stderr.contains("qy-shiyan-xx") && ledger.stderr.contains("no canteen data"), "\(ledger.stderr)")
  }
}
