import Foundation
import Testing

/// The done-when scenario, end to end through the binary.
@Suite("Done when: init, import a bureau, record with evidence, audit, refuse a bad CSV")
struct DoneWhenTests {
  @Test func wholeScenario() throws {
    let cli = try CLI()
    #expect(try cli.run("init").status == 0)

    let units = try cli.run("unit", "import", CLI.fixture("bureau/units.csv"))
    #expect(units.status == 0, "\(units.stderr)")
    let people = try cli.run("person", "import", CLI.fixture("bureau/people.csv"))
    #expect(people.status == 0, "\(people.stderr)")
    let roles = try cli.run("role", "import", CLI.fixture("bureau/roles.csv"))
    #expect(roles.status == 0, "\(roles.stderr)")

    // The fixture is one bureau with 20 schools under it, 41 people, 41 assignments.
    let children = try CLI.json(cli.run("unit", "list", "--parent", "qy-jyj", "--json"))
    #expect((children as? [Any])?.count == 20)
    let everyone = try CLI.json(cli.run("person", "list", "--json"))
    #expect((everyone as? [Any])?.count == 41)
    let assignments = try CLI.json(cli.run("role", "list", "--json"))
    #expect((assignments as? [Any])?.count == 41)

    let proof = cli.folder.appendingPathComponent("消防演练签到表.txt")
    try Data("2026年11月消防演练签到：320人\n".utf8).write(to: proof)
    let record = try cli.run(
      "record", "safety.building_check", "--unit", "qy-yizhong", "--period", "2026-T2",
      "--evidence", proof.path, "--by", "head-11", "--note", "全校疏散演练")
    #expect(record.status == 0, "\(record.stderr)")

    let audit = try CLI.json(cli.run("audit", "--unit", "qy-yizhong", "--json"))
    let entries = try #require(audit as? [[String: Any]])
    let ticked = try #require(entries.first { $0["action"] as? String == "record" })
    #expect(ticked["actor"] as? String == "tester")
    #expect(ticked["entityID"] as? String == "qy-yizhong/safety.building_check/2026-T2#1")
    let after = try #require((ticked["after"] as? String)?.data(using: .utf8))
    let snapshot = try #require(try JSONSerialization.jsonObject(with: after) as? [String: Any])
    #expect(snapshot["by"] as? String == "head-11")
    let files = try #require(snapshot["evidence"] as? [[String: Any]])
    #expect(files.first?["fileName"] as? String == "消防演练签到表.txt")

    let text = try cli.run("audit", "--unit", "qy-yizhong")
    #expect(text.stdout.contains("登记"))
    #expect(text.stdout.contains("消防演练签到表.txt"))

    // The bad file: line 17 names a parent that exists nowhere; nothing is written.
    let before = try cli.run("unit", "export").stdout
    let trailBefore = try cli.run("audit", "--json").stdout
    let bad = try cli.run("unit", "import", CLI.fixture("bureau/units-bad-row.csv"))
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("units-bad-row.csv:17:"))
    #expect(bad.stderr.contains("\"清源区第九中学\""))
    #expect(try cli.run("unit", "export").stdout == before)
    #expect(try cli.run("audit", "--json").stdout == trailBefore)
  }
}
