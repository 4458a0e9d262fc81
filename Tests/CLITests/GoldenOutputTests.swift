import Foundation
import Testing

/// Terminal tables with Chinese names, compared with reviewed golden files.
@Suite("Golden terminal output")
struct GoldenOutputTests {
  func seeded() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "import", CLI.fixture("bureau/units.csv"))
    try cli.run("person", "import", CLI.fixture("bureau/people.csv"))
    try cli.run("role", "import", CLI.fixture("bureau/roles.csv"))
    return cli
  }

  func golden(_ name: String) throws -> String {
    try String(contentsOfFile: CLI.fixture("golden/\(name)"), encoding: .utf8)
  }

  @Test func unitList() throws {
    #expect(try seeded().run("unit", "list").stdout == golden("unit-list.txt"))
  }

  @Test func roleListOfOneUnit() throws {
    let out = try seeded().run("role", "list", "--unit", "qy-liushu-xx").stdout
    #expect(out == (try golden("role-list-liushu.txt")))
  }

  @Test func unitShow() throws {
    #expect(try seeded().run("unit", "show", "qy-yizhong").stdout == golden("unit-show.txt"))
  }

  @Test func exportRoundTrip() throws {
    let cli = try seeded()
    let exported = cli.folder.appendingPathComponent("units-out.csv")
    try cli.run("unit", "export", "--output", exported.path)
    let other = try CLI()
    try other.run("init")
    #expect(try other.run("unit", "import", exported.path).status == 0)
    #expect(try other.run("unit", "export").stdout == cli.run("unit", "export").stdout)
  }
}
