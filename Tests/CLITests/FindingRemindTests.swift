import Foundation
import Testing

/// Reminders about open findings over a simulated month (`--now`, day by day) across the
/// 2026 National Day week, with the machine off two days, and one finding closed half-way:
/// every stage once, on the day worked out by hand, in the digest's 整改事项 section.
@Suite("taizhang remind: findings over a month")
struct FindingRemindTests {
  @Test("each stage once, caught up after days off, none after 销号")
  func month() throws {
    let cli = try CLI()
    try cli.run("init")
    let site = try RemindSimulationTests.plugin(in: cli.folder)
    try cli.run("unit", "add", "qy-jyj", "--name", "清源区教育局", "--type", "bureau")
    try cli.run(
      "unit", "add", "drill-1", "--name", "演练一号", "--type", "drill", "--parent", "qy-jyj", "--plugins", site)
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
    func run(_ args: String...) throws {
      let result = try cli.run(args: args + ["--plugins", site])
      #expect(result.status == 0, "\(args): \(result.stdout) \(result.stderr)")
    }

    var day = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2026, month: 9, day: 28).date!
    let format = DateFormatter()
    format.dateFormat = "yyyy-MM-dd"
    format.timeZone = TimeZone(identifier: "UTC")
    while format.string(from: day) <= "2026-10-30" {
      let today = format.string(from: day)
      switch today {
      case "2026-09-29":
        // #1: about the item drill.report (chain 组长, then the bureau's 分管领导), 5 workdays.
        try run(
          "finding", "add", "--unit", "drill-1", "--description", "节后报送不及时", "--found", today,
          "--within", "5", "--owner", "gan", "--owner-role", "干事", "--item", "drill.report")
      case "2026-10-08":
        // #2: owned by the role 干事 (no person), a fixed deadline; escalates to the bureau.
        try run(
          "finding", "add", "--unit", "drill-1", "--description", "值班记录缺页", "--found", today,
          "--deadline", "2026-10-14", "--owner-role", "干事")
      case "2026-10-16":  // #2 closed before the morning run (rectified the day before)
        try run("finding", "verify", "2", "--by", "zu", "--on", today)
      default: break
      }
      if today != "2026-10-13" && today != "2026-10-14" {  // the machine is off two days
        let remind = try cli.run(args: ["remind", "--config", config.path, "--unit", "drill-1", "--now", today + "T07:30"])
        #expect(remind.status == 0, "\(today): \(remind.stdout) \(remind.stderr)")
      }
      if today == "2026-10-15" {
        try run("finding", "rectify", "2", "--on", today, "--note", "已补齐", "--by", "gan")
      }
      day = day.addingTimeInterval(86400)
    }

    // Host default rule: 3 workdays ahead, on the day, every 2 workdays overdue (5 times),
    // escalate every 3 workdays; catch up only the latest after days off.
    let expected = [
      // #1, deadline Mon Oct 12 (Sep 29 + 5 workdays: Sep 30, Oct 8, 9, 10 调休, 12).
      "2026-10-08|finding#1|2026-10-12|soon|gan",  // 3 workdays back: Oct 10, 9, 8
      "2026-10-12|finding#1|2026-10-12|due|gan",
      "2026-10-15|finding#1|2026-10-12|overdue-1|gan",  // due Oct 14 (off): caught up
      "2026-10-15|finding#1|2026-10-12|escalate-1|zu",  // Oct 13, 14, 15
      "2026-10-16|finding#1|2026-10-12|overdue-2|gan",  // Oct 13, 14, 15, 16
      "2026-10-20|finding#1|2026-10-12|overdue-3|gan",  // + Oct 19, 20
      "2026-10-20|finding#1|2026-10-12|escalate-2|fen",  // 6 workdays: the bureau's 分管领导
      "2026-10-22|finding#1|2026-10-12|overdue-4|gan",
      "2026-10-26|finding#1|2026-10-12|overdue-5|gan",  // the fifth and last
      // #2, deadline Wed Oct 14: closed on Oct 16, so no overdue-1 (Oct 16), no escalation.
      "2026-10-10|finding#2|2026-10-14|soon|gan",  // 3 workdays back: Oct 13, 12, Sat Oct 10
      "2026-10-15|finding#2|2026-10-14|due|gan",  // due Oct 14 (off): caught up
    ]
    let rows = try Python.run(
      """
      import sqlite3, sys, datetime
      for u, i, p, s, r, t in sqlite3.connect(sys.argv[1]).execute(
          "SELECT unit_id, item_id, period, stage, recipient, sent_at FROM delivery WHERE status = 'sent' AND item_id LIKE 'finding#%'"):
          d = datetime.datetime.utcfromtimestamp(t / 1000 + 8 * 3600).strftime("%Y-%m-%d")
          print("|".join([d, i, p, s, r]))
      """, args: [cli.database]
    ).split(separator: "\n").map(String.init)
    #expect(rows.sorted() == expected.sorted())

    // The digest of Oct 15 to 甘小干 has its own section for the findings.
    let outbox = cli.folder.appendingPathComponent("outbox")
    let texts = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { !$0.hasPrefix(".") }
      .compactMap { try? String(contentsOf: outbox.appendingPathComponent($0), encoding: .utf8) }
    #expect(texts.contains { $0.contains("—— 整改事项 ——") && $0.contains("节后报送不及时（整改时限 2026-10-12，负责：干事）已逾期 2 天") })
  }
}
