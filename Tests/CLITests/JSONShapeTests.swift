import Foundation
import Testing

/// `--json` output has the documented keys.
@Suite("JSON shapes of list and show commands")
struct JSONShapeTests {
  func seeded() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "ls-jyj", "--name", "临松县教育局", "--type", "bureau")
    try cli.run(
      "unit", "add", "ls-zx", "--name", "临松县中学", "--type", "school", "--parent", "ls-jyj",
      "--attribute", "寄宿=是")
    try cli.run("person", "add", "fang-min", "--name", "方敏", "--phone", "13800001111")
    try cli.run("role", "assign", "校长", "--unit", "ls-zx", "--person", "fang-min")
    return cli
  }

  @Test func unitList() throws {
    let units = try #require(
      try CLI.json(seeded().run("unit", "list", "--json")) as? [[String: Any]])
    #expect(units.count == 2)
    #expect(Set(units[1].keys) == ["id", "name", "type", "parentID", "attributes", "terms"])
    #expect((units[1]["attributes"] as? [String: String]) == ["寄宿": "是"])
  }

  @Test func unitShow() throws {
    let show = try #require(
      try CLI.json(seeded().run("unit", "show", "ls-zx", "--json")) as? [String: Any])
    #expect(Set(show.keys) == ["unit", "children", "roles"])
    let roles = try #require(show["roles"] as? [[String: String]])
    #expect(roles == [["unitID": "ls-zx", "role": "校长", "personID": "fang-min"]])
  }

  @Test func personShow() throws {
    let show = try #require(
      try CLI.json(seeded().run("person", "show", "fang-min", "--json")) as? [String: Any])
    let person = try #require(show["person"] as? [String: Any])
    #expect(Set(person.keys) == ["id", "name", "contacts"])
    #expect((person["contacts"] as? [String: String]) == ["phone": "13800001111"])
  }

  @Test func recordAndAudit() throws {
    let cli = try seeded()
    let record = try #require(
      try CLI.json(
        cli.run(
          "record", "safety.surroundings", "--unit", "ls-zx", "--period", "2026-11", "--value",
          "隐患数=3", "--json")) as? [String: Any])
    #expect(Set(record.keys) == ["id", "key", "doneAt", "doneOn", "values", "evidence"])
    #expect((record["key"] as? [String: String])?["period"] == "2026-11")
    #expect((record["values"] as? [String: Double]) == ["隐患数": 3])
    let audit = try #require(try CLI.json(cli.run("audit", "--json")) as? [[String: Any]])
    for entry in audit {
      #expect(
        Set(entry.keys).isSuperset(of: ["id", "at", "actor", "action", "entity", "entityID"]))
    }
  }
}
