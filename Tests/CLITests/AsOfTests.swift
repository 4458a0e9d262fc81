import Foundation
import Testing

/// One as-of rule for `report`, `checklist` and `agenda`: the day asked for, else today —
/// or the period's last day once the period is over; a day after today only on request.
@Suite("report, checklist and agenda judge as of the same day and never look ahead")
struct AsOfTests {
  /// Today in Beijing, as the binary sees it.
  static var today: (iso: String, chinese: String, month: String) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
    let c = calendar.dateComponents([.year, .month, .day], from: Date())
    let y = c.year ?? 0, m = c.month ?? 0, d = c.day ?? 0
    let iso = String(format: "%04d-%02d-%02d", y, m, d)
    return (iso, "\(y)年\(m)月\(d)日", String(format: "%04d-%02d", y, m))
  }

  /// A month a year from now, always in the future.
  static var nextYearMonth: String {
    let t = today.month
    return "\((Int(t.prefix(4)) ?? 2026) + 1)" + t.dropFirst(4)
  }

  func seeded() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "import", CLI.fixture("bureau/units.csv"))
    try cli.run("person", "import", CLI.fixture("bureau/people.csv"))
    try cli.run("role", "import", CLI.fixture("bureau/roles.csv"))
    return cli
  }

  func markdown(_ cli: CLI, period: String, extra: [String] = []) throws -> (CLI.Result, String) {
    let path = cli.folder.appendingPathComponent("r-\(UUID().uuidString).md")
    let r = try cli.run(args: [
      "report", "monthly", "--unit", "qy-shiyan-xx", "--period", period, "--format", "md", "-o", path.path,
    ] + extra)
    return (r, (try? String(contentsOf: path, encoding: .utf8)) ?? "")
  }

  @Test("a report of the month in progress is judged as of today, not the month's last day")
  func currentPeriodIsAsOfToday() throws {
    let cli = try seeded()
    let (r, md) = try markdown(cli, period: Self.today.month)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(md.contains(Self.today.chinese), "the signature carries today's date:\n\(md.suffix(300))")
  }

  @Test("a report of a month that is over is judged as of its last day")
  func pastPeriodIsAsOfItsEnd() throws {
    let cli = try seeded()
    let (r, md) = try markdown(cli, period: "2026-10")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(md.contains("2026年10月31日"))
    #expect(!md.contains(Self.today.chinese) || Self.today.iso == "2026-10-31")
  }

  @Test("a --date after today is refused (exit 2) unless --allow-future asks for a preview")
  func futureDateRefused() throws {
    let cli = try seeded()
    let future = Self.nextYearMonth + "-01"
    let (refused, _) = try markdown(cli, period: Self.nextYearMonth, extra: ["--date", future])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("--allow-future"), "\(refused.stderr)")
    #expect(!refused.stderr.contains("Fatal error"))
    let (preview, md) = try markdown(
      cli, period: Self.nextYearMonth, extra: ["--date", future, "--allow-future"])
    #expect(preview.status == 0, "\(preview.stderr)")
    #expect(!md.isEmpty)
  }

  @Test("a report of a period that has not begun is refused without a date")
  func futurePeriodRefused() throws {
    let cli = try seeded()
    let (r, _) = try markdown(cli, period: Self.nextYearMonth)
    #expect(r.status == 2)
    #expect(r.stderr.contains("尚未到来"), "\(r.stderr)")
  }

  @Test("report all refuses a future --date once, before writing anything")
  func reportAllFutureDate() throws {
    let cli = try seeded()
    let out = cli.folder.appendingPathComponent("all")
    let r = try cli.run(
      "report", "all", "--period", Self.nextYearMonth, "--out", out.path, "--format", "md")
    #expect(r.status == 2, "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("checklist of a month that is over judges as of its last day, like the report")
  func checklistPastPeriod() throws {
    let cli = try seeded()
    let r = try cli.run("checklist", "--unit", "qy-shiyan-xx", "--period", "2026-10", "--json")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"asOf\" : \"2026-10-31\"") || r.stdout.contains("\"asOf\":\"2026-10-31\""), "\(r.stdout.prefix(300))")
  }

  @Test("checklist and agenda refuse a --today after today unless --allow-future")
  func checklistAgendaFuture() throws {
    let cli = try seeded()
    let future = Self.nextYearMonth + "-01"
    let c = try cli.run("checklist", "--unit", "qy-shiyan-xx", "--today", future)
    #expect(c.status == 2, "\(c.stderr)")
    let a = try cli.run("agenda", "--unit", "qy-shiyan-xx", "--today", future)
    #expect(a.status == 2, "\(a.stderr)")
    let ok = try cli.run("agenda", "--unit", "qy-shiyan-xx", "--today", future, "--allow-future")
    #expect(ok.status == 0, "\(ok.stderr)")
  }

  @Test("work entered after the day judged is a late entry (补录): listed, not counted, so a past report stays the same")
  func lateEntries() throws {
    let cli = try seeded()
    // Kept at the time: counted as of 30 November.
    let kept = try cli.recordHistorical([["qy-shiyan-xx", "teaching.monthly_report", "2026-11", "2026-11-27"]])
    #expect(kept.status == 0, "\(kept.stderr)")
    let before = try markdown(cli, period: "2026-11").1
    // Entered now, though done in November: not counted as of 30 November, but listed.
    let late = try cli.run("record", "teaching.six_earnest", "--unit", "qy-shiyan-xx", "--period", "2026-11", "--on", "2026-11-20")
    #expect(late.status == 0, "\(late.stderr)")
    let after = try markdown(cli, period: "2026-11").1
    #expect(after.contains("另有 1 条记录在2026年11月30日之后补录（抽查教学“六认真”），未计入本报告的统计。"), "\(after)")
    func withoutLateNote(_ text: String) -> String {
      text.split(separator: "\n").filter { !$0.contains("之后补录") }.joined(separator: "\n")
    }
    #expect(withoutLateNote(after) == withoutLateNote(before), "the figures as of 30 November do not change")
    // As of today the late entry counts.
    let today = try markdown(cli, period: "2026-11", extra: ["--date", Self.today.iso]).1
    #expect(!today.contains("之后补录"))
    #expect(today != withoutLateNote(after))
  }
}

