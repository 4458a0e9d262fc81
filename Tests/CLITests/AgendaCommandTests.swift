import Foundation
import Testing

@Suite("taizhang agenda: overdue, due today and due soon")
struct AgendaCommandTests {
  func school() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "hx-jyj", "--name", "河西教育局", "--type", "bureau")
    try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school", "--parent", "hx-jyj")
    try cli.run("person", "add", "li-lei", "--name", "李蕾")
    try cli.run("role", "assign", "政教主任", "--unit", "hx-xx", "--person", "li-lei")
    let r = try cli.recordHistorical([
      ["hx-xx", "moral.flag_raising", "2026-W45", "2026-11-02"], ["hx-xx", "moral.flag_raising", "2026-W46", "2026-11-09"],
    ])
    #expect(r.status == 0, "\(r.stderr)")
    return cli
  }

  func entries(_ cli: CLI, _ args: String...) throws -> [[String: Any]] {
    let result = try cli.run(args: ["agenda"] + args + ["--today", "2026-11-23", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return json?["entries"] as? [[String: Any]] ?? []
  }

  @Test("Monday flag-raising on Monday 23 November 2026: six open Mondays back to 22 September, today's, next week's")
  func weeklyItemUrgency() throws {
    let flag = try entries(try school(), "--unit", "hx-xx", "--days", "7")
      .filter { $0["item"] as? String == "moral.flag_raising" }
    func dues(_ urgency: String) -> [String] {
      flag.filter { $0["urgency"] as? String == urgency }.compactMap { $0["due"] as? String }
    }
    // Mondays from 28 Sep; 5 Oct falls in the National Day holiday and moves to Thu 8 Oct;
    // weeks 45 and 46 (2 and 9 Nov) are recorded.
    #expect(dues("overdue") == ["2026-09-28", "2026-10-08", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-16"])
    #expect(dues("today") == ["2026-11-23"])
    #expect(dues("soon") == ["2026-11-30"])
  }

  @Test("a person sees the items of the roles they hold; a tree covers the units below")
  func personAndTree() throws {
    let cli = try school()
    let mine = try entries(cli, "--person", "li-lei")
    #expect(mine.contains { $0["item"] as? String == "moral.routine_check" })
    #expect(!mine.contains { $0["item"] as? String == "teaching.class_patrol" })
    let tree = try entries(cli, "--tree", "hx-jyj")
    #expect(Set(tree.compactMap { $0["unit"] as? String }) == ["hx-jyj", "hx-xx"])
  }

  @Test("exactly one of --unit, --person, --tree")
  func usage() throws {
    let cli = try CLI()
    #expect(try cli.run("agenda").status == 2)
    #expect(try cli.run("agenda", "--unit", "a", "--tree", "b").status == 2)
  }
}
