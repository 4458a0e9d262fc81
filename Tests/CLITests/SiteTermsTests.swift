import Foundation
import Testing

/// The site config's `[[school.terms]]`: TOML dates that give every school keeping no
/// terms of its own the site's term dates — in checklist, agenda, record and unit show —
/// while a school's own terms still win; bad dates stop every command with file and line.
@Suite("Site school terms from the config's TOML dates")
struct SiteTermsTests {
  /// A ledger with a school keeping no terms and one keeping its own autumn term.
  func ledger() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    let units = cli.folder.appendingPathComponent("units.csv")
    try """
      id,name,type,parent,attributes,terms
      qy-xx,清源区实验小学,school,,学段=小学,
      qy-own,清源区第二小学,school,,学段=小学,2026秋季学期=2026-09-07..2027-01-29
      """.write(to: units, atomically: true, encoding: .utf8)
    let imported = try cli.run("unit", "import", units.path)
    #expect(imported.status == 0, "\(imported.stderr)")
    return cli
  }

  func config(_ cli: CLI, _ text: String) throws -> [String: String] {
    let file = cli.folder.appendingPathComponent("config.toml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return ["TAIZHANG_CONFIG": file.path]
  }

  /// The due days of an item in a unit's checklist for a period.
  func dues(_ cli: CLI, _ unit: String, _ item: String, period: String, env: [String: String]) throws -> [String]? {
    let result = try cli.run(
      args: ["checklist", "--unit", unit, "--period", period, "--today", "2026-09-15", "--json"], environment: env)
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    let sections = json["sections"] as? [[String: Any]] ?? []
    let found = sections.flatMap { $0["items"] as? [[String: Any]] ?? [] }.first { $0["id"] as? String == item }
    return (found?["occurrences"] as? [[String: Any]])?.compactMap { $0["due"] as? String }
  }

  @Test("a config with dotted keys, inline tables and dates is accepted and gives schools the site's term")
  func siteTerms() throws {
    let cli = try ledger()
    // Without the site's terms the school has no autumn term: no termly item, no T2 period.
    let bare = try cli.run("checklist", "--unit", "qy-xx", "--period", "2026-T2", "--today", "2026-09-15")
    #expect(bare.status == 2)
    #expect(bare.stderr.contains("[[school.terms]]"), "\(bare.stderr)")

    let env = try config(cli, """
      # 清源区 2026—2027 学年校历
      language = "zh-CN"
      channels.outbox = { type = "outbox", folder = "\(cli.folder.appendingPathComponent("outbox").path)" }
      remind.catch_up_days = 10
      school.terms = [
        { name = "2026春季学期（清源区）", start = 2026-03-02, end = 2026-07-10 },
        { name = "2026秋季学期（清源区）", start = 2026-08-31, end = 2027-01-23 },
      ]
      """)
    // 签订安全目标责任状 is due a week after term starts: 31 August + 7 is Monday 7 September.
    #expect(try dues(cli, "qy-xx", "safety.pledge", period: "2026-T2", env: env) == ["2026-09-07"])
    // A school's own terms win: its term starts on 7 September, so a week later is the 14th.
    #expect(try dues(cli, "qy-own", "safety.pledge", period: "2026-T2", env: env) == ["2026-09-14"])

    let agenda = try cli.run(
      args: ["agenda", "--unit", "qy-xx", "--today", "2026-09-01", "--days", "10"], environment: env)
    #expect(agenda.status == 0, "\(agenda.stderr)")
    #expect(agenda.stdout.contains("签订安全目标责任状"), "\(agenda.stdout)")

    let record = try cli.run(
      args: ["record", "safety.pledge", "--unit", "qy-xx", "--period", "2026-T2", "--on", "2026-09-04"],
      environment: env)
    #expect(record.status == 0, "\(record.stderr)")

    let show = try cli.run(args: ["unit", "show", "qy-xx"], environment: env)
    #expect(show.stdout.contains("学期：2026秋季学期（清源区） 2026-08-31..2027-01-23（站点配置 [[school.terms]]）"), "\(show.stdout)")
    let own = try cli.run(args: ["unit", "show", "qy-own"], environment: env)
    #expect(!own.stdout.contains("站点配置"))
    // The site's terms are not written into the ledger: the export keeps the unit's own.
    let export = try cli.run(args: ["unit", "export"], environment: env)
    #expect(export.stdout.contains("qy-xx,清源区实验小学,school,,学段=小学,\n") || export.stdout.contains("qy-xx,清源区实验小学,school,,学段=小学,\r\n"), "\(export.stdout)")
  }

  @Test("tz.cal.terms() in a plugin sees the site's terms for a school keeping none")
  func pluginSeesTerms() throws {
    let cli = try ledger()
    let site = cli.folder.appendingPathComponent("site/school")
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("checklists"), withIntermediateDirectories: true)
    try """
      return { id = "school", name = "学校（清源区）", version = "1.0.0-qy", api = 1, extends = "school" }
      """.write(to: site.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try """
      tz.item{
        id = "safety.autumn_check", title = "秋季开学安全检查", category = "safety", kind = "task",
        every = "monthly on 15", owner = "校长",
        applies = function(unit)
          local terms = tz.cal.terms()
          return #terms > 0 and terms[#terms].start == "2026-08-31"
        end,
      }
      """.write(to: site.appendingPathComponent("checklists/qingyuan.lua"), atomically: true, encoding: .utf8)
    let plugins = site.deletingLastPathComponent().path
    let env = try config(cli, """
      plugins = ["\(plugins)"]
      [[school.terms]]
      start = 2026-08-31
      end = 2027-01-23
      """)
    #expect(try dues(cli, "qy-xx", "safety.autumn_check", period: "2026-09", env: env) == ["2026-09-15"])
    // The school with its own term (from 7 September) does not see the site's.
    #expect(try dues(cli, "qy-own", "safety.autumn_check", period: "2026-09", env: env) == nil)
  }

  @Test("remind --config reminds of the termly items of the site's terms")
  func remind() throws {
    let cli = try ledger()
    let outbox = cli.folder.appendingPathComponent("outbox")
    let file = cli.folder.appendingPathComponent("remind.toml")
    try """
      [channels.outbox]
      type = "outbox"
      folder = "\(outbox.path)"

      [[school.terms]]
      start = 2026-08-31
      end = 2027-01-23
      """.write(to: file, atomically: true, encoding: .utf8)
    #expect(try cli.run("person", "add", "head-1", "--name", "孙校长").status == 0)
    #expect(try cli.run("role", "assign", "校长", "--unit", "qy-xx", "--person", "head-1").status == 0)
    let run = try cli.run(args: ["remind", "--config", file.path, "--now", "2026-09-07", "--unit", "qy-xx"])
    #expect(run.status == 0, "\(run.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".json") }
    let texts = try names.map { try String(contentsOf: outbox.appendingPathComponent($0), encoding: .utf8) }
    #expect(texts.contains { $0.contains("签订安全目标责任状") }, "\(texts)")
  }

  @Test("bad term dates stop every command with exit 2, the file and the line", arguments: [
    ("[[school.terms]]\nstart = 2026-09-01T08:00:00\nend = 2027-01-23", "config.toml:2: 第 1 个学期的 start = 2026-09-01T08:00:00 带有时刻"),
    ("[[school.terms]]\nstart = \"9月1日\"\nend = 2027-01-23", "config.toml:2: 第 1 个学期的 start = \"9月1日\" 不是日期"),
    ("[[school.terms]]\nname = \"秋\"\nstart = 2026-09-01\nend = 2026-08-23", "config.toml:4: 学期“秋”的结束日期 end = 2026-08-23 早于开始日期 start = 2026-09-01"),
    ("[[school.terms]]\nstart = 2026-03-02\nend = 2026-09-10\n\n[[school.terms]]\nstart = 2026-09-01\nend = 2027-01-23",
     "config.toml:6: 第 2 个学期（2026-09-01–2027-01-23）与第 1 个学期（2026-03-02–2026-09-10）重叠"),
  ])
  func badDates(text: String, message: String) throws {
    let cli = try CLI()
    let env = try config(cli, text)
    let result = try cli.run(args: ["unit", "list"], db: false, environment: env)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }
}
