import Foundation
import Testing

/// A month simulated day by day with `--now` over the 2026 National Day week (Oct 1–7
/// off, Sat Oct 10 a make-up workday), against expectations written down by hand.
@Suite("taizhang remind: a month day by day over a holiday week")
struct RemindSimulationTests {
  /// A site plugin with three yearly items and a daily one, for unit type `drill`.
  static func plugin(in folder: URL) throws -> String {
    let root = folder.appendingPathComponent("site")
    let plugin = root.appendingPathComponent("drill")
    try FileManager.default.createDirectory(
      at: plugin.appendingPathComponent("checklists"), withIntermediateDirectories: true)
    try """
      return { id = "drill", name = "演练单位", version = "1.0.0", api = 1, unit_types = { "drill" },
        requires = { "calendar" }, roles = { ["干事"] = "经办", ["组长"] = "督办" } }
      """.write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try """
      tz.category{ id = "drill", title = "演练", order = 1 }
      tz.item{ id = "drill.report", title = "报送节后情况", category = "drill", kind = "task",
        every = "yearly on 10-09", owner = "干事", escalate = { "组长" } }
      tz.item{ id = "drill.duty", title = "节日值班巡查", category = "drill", kind = "task",
        every = "yearly on 10-03", owner = "干事" }
      -- due Sun Oct 4, quiet: it would go on Thu Oct 8, but it is recorded on Oct 5
      tz.item{ id = "drill.notice", title = "张贴节日安全提示", category = "drill", kind = "task",
        every = "yearly on 10-04", owner = "干事" }
      tz.item{ id = "drill.daily", title = "每日台账登记", category = "drill", kind = "task",
        every = "daily on workdays", owner = "干事" }
      """.write(to: plugin.appendingPathComponent("checklists/drill.lua"), atomically: true, encoding: .utf8)
    try """
      tz.reminder{ id = "report", items = { "drill.report" }, before = "2 workdays", on_due = true,
        overdue_every = "1 workdays", overdue_limit = 2, escalate_after = "3 workdays", catch_up = "all" }
      tz.reminder{ id = "duty", items = { "drill.duty" }, on_due = true, quiet_days = false }
      tz.reminder{ id = "quiet", items = { "drill.notice", "drill.daily" }, on_due = true, quiet_days = true }
      """.write(to: plugin.appendingPathComponent("reminders.lua"), atomically: true, encoding: .utf8)
    return root.path
  }

  @Test("every delivery goes out on the day worked out by hand, once")
  func month() throws {
    let cli = try CLI()
    try cli.run("init")
    let site = try Self.plugin(in: cli.folder)
    try cli.run("unit", "add", "qy-jyj", "--name", "清源区教育局", "--type", "bureau")
    try cli.run(
      "unit", "add", "drill-1", "--name", "演练一号", "--type", "drill", "--parent", "qy-jyj",
      "--plugins", site)
    for (id, name) in [("gan", "甘小干"), ("zu", "祖组长"), ("fen", "冯分管")] {
      try cli.run("person", "add", id, "--name", name)
    }
    for (unit, role, person) in [("drill-1", "干事", "gan"), ("drill-1", "组长", "zu"), ("qy-jyj", "分管领导", "fen")] {
      #expect(try cli.run("role", "assign", role, "--unit", unit, "--person", person).status == 0)
    }
    let config = cli.folder.appendingPathComponent("config.toml")
    try """
      plugins = ["\(site)"]
      [channels.outbox]
      type = "outbox"
      folder = "\(cli.folder.path)/outbox"
      """.write(to: config, atomically: true, encoding: .utf8)

    var day = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2026, month: 9, day: 28).date!
    let format = DateFormatter()
    format.dateFormat = "yyyy-MM-dd"
    format.timeZone = TimeZone(identifier: "UTC")
    while format.string(from: day) <= "2026-10-27" {
      let today = format.string(from: day)
      if today == "2026-10-05" {  // the notice is put up early, in the holiday: no reminder
        let record = try cli.run("record", "drill.notice", "--unit", "drill-1", "--period", "2026", "--plugins", site)
        #expect(record.status == 0, "\(record.stderr)")
      }
      let run = try cli.run(args: ["remind", "--config", config.path, "--unit", "drill-1", "--now", today + "T07:30"])
      #expect(run.status == 0, "\(today): \(run.stdout) \(run.stderr)")
      day = day.addingTimeInterval(86400)
    }

    let workdays = [
      "2026-09-28", "2026-09-29", "2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10",
      "2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16", "2026-10-19", "2026-10-20",
      "2026-10-21", "2026-10-22", "2026-10-23", "2026-10-26", "2026-10-27",
    ]  // every workday of the span; Oct 10 is the make-up Saturday
    var expected = workdays.map { "\($0)|drill.daily|\($0)|due|gan" }
    expected += [
      "2026-09-30|drill.report|2026|soon|gan",  // 2 workdays before Fri Oct 9 skips the holiday
      "2026-10-09|drill.report|2026|due|gan",
      "2026-10-10|drill.report|2026|overdue-1|gan",  // the make-up Saturday counts
      "2026-10-12|drill.report|2026|overdue-2|gan",
      "2026-10-13|drill.report|2026|escalate-1|zu",  // 3 workdays: Oct 10, 12, 13
      "2026-10-16|drill.report|2026|escalate-2|fen",  // 6 workdays: to the bureau's 分管领导
      "2026-10-03|drill.duty|2026|due|gan",  // quiet_days = false: on the holiday itself
    ]
    let rows = try Python.run(
      """
      import sqlite3, sys, datetime
      for u, i, p, s, r, t in sqlite3.connect(sys.argv[1]).execute(
          "SELECT unit_id, item_id, period, stage, recipient, sent_at FROM delivery WHERE status = 'sent'"):
          d = datetime.datetime.utcfromtimestamp(t / 1000 + 8 * 3600).strftime("%Y-%m-%d")
          print("|".join([d, i, p, s, r]))
      """, args: [cli.database]
    ).split(separator: "\n").map(String.init)
    #expect(rows.sorted() == expected.sorted())
    #expect(try cli.run(args: ["remind", "--config", config.path, "--unit", "drill-1", "--now", "2026-10-27T18:00"]).stdout.contains("新提醒 0 条"))
  }
}
