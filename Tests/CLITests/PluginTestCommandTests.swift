import Foundation
import Testing

@Suite("taizhang plugin test runs the plugins' self-tests")
struct PluginTestCommandTests {
  @Test("every shipped plugin's specs pass")
  func shipped() throws {
    let result = try CLI().run("plugin", "test", db: false)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    for plugin in ["school", "hospital", "community", "bureau"] {
      #expect(result.stdout.contains("Plugins/\(plugin)/spec/"), "\(plugin)")
    }
    #expect(result.stdout.contains("全部通过"))
    let json = try CLI().run("plugin", "test", "hospital", "--json", db: false)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let files = object?["files"] as? [[String: Any]] ?? []
    #expect(files.count == 1)
    #expect((files.first?["passed"] as? Int ?? 0) > 0)
    #expect(files.first?["failed"] as? Int == 0)
  }

  @Test("a failing expectation prints file:line and exits 1; a spec that cannot load exits 2")
  func failing() throws {
    let cli = try CLI()
    let site = cli.folder.appendingPathComponent("site")
    #expect(try cli.run("plugin", "new", "library", "--folder", site.path, db: false).status == 0)
    let passing = try cli.run("plugin", "test", "library", "--plugins", site.path, db: false)
    #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
    let spec = site.appendingPathComponent("library/spec/office_spec.lua")
    var text = try String(contentsOf: spec, encoding: .utf8)
    text = text.replacingOccurrences(of: #"{ "2026-03-31" }"#, with: #"{ "2026-03-30" }"#)
    try text.write(to: spec, atomically: true, encoding: .utf8)
    let failing = try cli.run("plugin", "test", "library", "--plugins", site.path, db: false)
    #expect(failing.status == 1)
    #expect(
      failing.stdout.contains(
        #"site/library/spec/office_spec.lua:6: expected { "2026-03-30" }, got { "2026-03-31" }"#),
      "\(failing.stdout)")
    try "it(\"x\", function() end".write(to: spec, atomically: true, encoding: .utf8)
    #expect(try cli.run("plugin", "test", "library", "--plugins", site.path, db: false).status == 2)
    #expect(try cli.run("plugin", "test", "nursery", db: false).status == 2)
  }
}

@Suite("roles are checked against the unit's plugin")
struct RoleCheckCommandTests {
  @Test("an unknown role is refused with a suggestion; a bad CSV row writes nothing")
  func refused() throws {
    let cli = try CLI()
    #expect(try cli.run("init").status == 0)
    #expect(try cli.run("unit", "add", "xx", "--name", "小学", "--type", "school").status == 0)
    #expect(try cli.run("person", "add", "li", "--name", "李老师").status == 0)
    let assign = try cli.run("role", "assign", "教导处主任", "--unit", "xx", "--person", "li")
    #expect(assign.status == 2)
    #expect(assign.stderr.contains(#"是不是 "教导主任""#), "\(assign.stderr)")
    #expect(try cli.run("role", "assign", "教导主任", "--unit", "xx", "--person", "li").status == 0)
    let csv = cli.folder.appendingPathComponent("roles.csv")
    try "unit,role,person\nxx,校长,li\nxx,安全管理员,li\n".write(
      to: csv, atomically: true, encoding: .utf8)
    let imported = try cli.run("role", "import", csv.path)
    #expect(imported.status == 2)
    #expect(imported.stderr.contains("roles.csv:3:"), "\(imported.stderr)")
    let list = try cli.run("role", "list", "--unit", "xx", "--json")
    #expect(!list.stdout.contains("校长"))
  }
}
