import Foundation
import Testing

/// A record keeps the day the work was done besides the moment it was entered.
@Suite("record keeps the day the work was done")
struct DoneOnTests {
  func ledger() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school")
    return cli
  }

  /// Today in Beijing, as the binary sees it.
  static var today: String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
    let c = calendar.dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
  }

  func recordJSON(_ result: CLI.Result) throws -> [String: Any] {
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(try CLI.json(result) as? [String: Any])
  }

  @Test("--on is kept as the record's done-on day; an old period is flagged 补录")
  func doneOnGiven() throws {
    let cli = try ledger()
    let text = try cli.run(
      "record", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2026-11", "--on",
      "2026-11-27")
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("完成于 2026-11-27"), "\(text.stdout)")
    #expect(text.stdout.contains("补录"), "\(text.stdout)")
    let undone = try recordJSON(
      cli.run(
        "record", "undo", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2026-11",
        "--json"))
    #expect(undone["doneOn"] as? String == "2026-11-27")
    try cli.run(
      "record", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2026-11", "--on",
      "2026-11-26")
    let undoText = try cli.run(
      "record", "undo", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2026-11")
    #expect(undoText.stdout.contains("完成于 2026-11-26"), "\(undoText.stdout)")
  }

  @Test("without --on the work is taken as done today; a period not yet due is not 补录")
  func doneOnDefault() throws {
    let cli = try ledger()
    let result = try cli.run(
      "record", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2099-12")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("补录"), "\(result.stdout)")
    let undone = try recordJSON(
      cli.run(
        "record", "undo", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2099-12",
        "--json"))
    #expect(undone["doneOn"] as? String == Self.today)
  }

  @Test(
    "a done-on day in the future or that does not exist is refused and nothing is written",
    arguments: ["2099-01-01", "2026-02-30", "yesterday"])
  func refused(on: String) throws {
    let cli = try ledger()
    let before = try cli.run("audit", "--json").stdout
    let result = try cli.run(
      "record", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2026-11", "--on", on)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains(on), "\(result.stderr)")
    #expect(try cli.run("audit", "--json").stdout == before)
  }

  @Test(
    "record import reads done_on, refuses a future one by file and line, and skips rows already recorded"
  )
  func importDoneOn() throws {
    let cli = try ledger()
    let file = cli.folder.appendingPathComponent("entries.csv")
    try """
    unit,item,period,done_on,values
    hx-xx,integrity.affairs_open,2026-10,2026-10-30,
    hx-xx,health.eye_exercise,2026-11-27,2026-11-27,人数=40
    hx-xx,health.eye_exercise,2026-11-26,,

    """.write(to: file, atomically: true, encoding: .utf8)
    let first = try cli.run("record", "import", file.path)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("已登记 3 条记录"), "\(first.stdout)")
    let again = try cli.run("record", "import", file.path, "--json")
    #expect(again.status == 0, "\(again.stderr)")
    let counts = try #require(try CLI.json(again) as? [String: Int])
    #expect(counts["imported"] == 0 && counts["skipped"] == 3, "\(counts)")
    let text = try cli.run("record", "import", file.path)
    #expect(text.stdout.contains("跳过 3 行：与已有记录相同"), "\(text.stdout)")
    let undone = try recordJSON(
      cli.run(
        "record", "undo", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2026-10",
        "--json"))
    #expect(undone["doneOn"] as? String == "2026-10-30")
    let defaulted = try recordJSON(
      cli.run(
        "record", "undo", "health.eye_exercise", "--unit", "hx-xx", "--period", "2026-11-26",
        "--json"))
    #expect(defaulted["doneOn"] as? String == Self.today)
    // The same row with another done-on day is another record.
    try """
    unit,item,period,done_on,values
    hx-xx,health.eye_exercise,2026-11-27,2026-11-28,人数=40

    """.write(to: file, atomically: true, encoding: .utf8)
    #expect(try cli.run("record", "import", file.path).stdout.contains("已登记 1 条记录"))

    let before = try cli.run("audit", "--json").stdout
    try """
    unit,item,period,done_on
    hx-xx,integrity.affairs_open,2026-09,2026-09-30
    hx-xx,integrity.affairs_open,2026-12,2099-12-31

    """.write(to: file, atomically: true, encoding: .utf8)
    let future = try cli.run("record", "import", file.path)
    #expect(future.status == 2, "\(future.stderr)")
    #expect(
      future.stderr.contains("entries.csv:3:") && future.stderr.contains("2099-12-31"),
      "\(future.stderr)")
    #expect(try cli.run("audit", "--json").stdout == before)
  }

  @Test("export and import carry the done-on day")
  func transfer() throws {
    let cli = try ledger()
    #expect(
      try cli.run(
        "record", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2026-11", "--on",
        "2026-11-27"
      ).status == 0)
    let folder = cli.folder.appendingPathComponent("export").path
    #expect(try cli.run("export", folder).status == 0)
    let target = cli.folder.appendingPathComponent("other/taizhang.sqlite").path
    let imported = try cli.run(args: ["import", folder, "--db", target], db: false)
    #expect(imported.status == 0, "\(imported.stderr)")
    let undone = try recordJSON(
      cli.run(
        args: [
          "record", "undo", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2026-11",
          "--json", "--db", target,
        ],
        db: false))
    #expect(undone["doneOn"] as? String == "2026-11-27")
  }
}
