import Foundation
import Testing

/// A unit's type must be served by an installed plugin, or the unit would drop out of
/// `remind` with only a warning.
@Suite("unit add, edit and import check the type against the installed plugins")
struct UnitTypeCheckTests {
  func ledger() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school")
    return cli
  }

  func expectRefused(_ result: CLI.Result) {
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("单位类型 \"schol\""), "\(result.stderr)")
    #expect(result.stderr.contains("是否想输入 school"), "\(result.stderr)")
    #expect(result.stderr.contains("bureau"), "\(result.stderr)")
    #expect(result.stderr.contains("--allow-unserved-type"), "\(result.stderr)")
  }

  @Test("unit add with a misspelt type is refused with did-you-mean and the served types")
  func add() throws {
    let cli = try ledger()
    let before = try cli.run("audit", "--json").stdout
    expectRefused(try cli.run("unit", "add", "bq-xx", "--name", "白泉小学", "--type", "schol"))
    #expect(try cli.run("audit", "--json").stdout == before)
  }

  @Test("unit edit to a misspelt type is refused and the unit keeps its type")
  func edit() throws {
    let cli = try ledger()
    expectRefused(try cli.run("unit", "edit", "hx-xx", "--type", "schol"))
    #expect(try cli.run("unit", "show", "hx-xx").stdout.contains("school"))
  }

  @Test("unit import refuses the whole file, naming file and line")
  func importFile() throws {
    let cli = try ledger()
    let before = try cli.run("audit", "--json").stdout
    let file = cli.folder.appendingPathComponent("units.csv")
    try """
    id,name,type
    bq-xx,白泉小学,school
    bq-zx,白泉中学,schol

    """.write(to: file, atomically: true, encoding: .utf8)
    let result = try cli.run("unit", "import", file.path)
    expectRefused(result)
    #expect(result.stderr.contains("units.csv:3:"), "\(result.stderr)")
    #expect(try cli.run("audit", "--json").stdout == before)
  }

  @Test("a type no plugin serves yet is accepted when asked for explicitly")
  func allowed() throws {
    let cli = try ledger()
    let result = try cli.run(
      "unit", "add", "hx-lib", "--name", "河西图书馆", "--type", "library", "--allow-unserved-type")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains("library"), "a warning says no plugin serves it: \(result.stderr)")
  }

  @Test("a type served by a site plugin given with --plugins is accepted")
  func sitePlugin() throws {
    let cli = try ledger()
    let root = cli.folder.appendingPathComponent("site")
    let plugin = root.appendingPathComponent("library")
    try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
    try """
    return { id = "library", name = "图书馆", version = "1.0.0", api = 1, unit_types = { "library" } }
    """.write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    let result = try cli.run(
      "unit", "add", "hx-lib", "--name", "河西图书馆", "--type", "library", "--plugins", root.path)
    #expect(result.status == 0, "\(result.stderr)")
  }
}
