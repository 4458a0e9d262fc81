import Foundation
import Testing

/// Hostile plugin data, years without holiday data, unbounded counts and files that are not
/// ledgers, through the real binary.
@Suite("The CLI holds its boundaries: plugin data, holiday coverage, bounds, ledger files")
struct SandboxBoundaryTests {
  static let deepTable = "local t = {} for i = 1, 6000 do t = { t } end"

  func noCrash(_ result: CLI.Result) {
    #expect(result.status >= 0 && result.status <= 2, "\(result.status): \(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
    #expect(!result.stderr.contains("Backtrace"))
    #expect(!result.stderr.contains("Swift"))
  }

  @Test("taizhang lua: a deeply nested result is a conversion error naming the file, not a crash")
  func luaDeepResult() throws {
    let cli = try CLI()
    try "\(Self.deepTable)\nreturn t".write(
      to: cli.folder.appendingPathComponent("deep.lua"), atomically: true, encoding: .utf8)
    let result = try cli.run("lua", "deep.lua", db: false)
    noCrash(result)
    #expect(result.status == 1)
    #expect(result.stderr.contains("deep.lua"))
    #expect(result.stderr.contains("200"))
  }

  @Test("taizhang lua: a cyclic table and a sort over huge strings end cleanly")
  func luaCycleAndSort() throws {
    let cli = try CLI()
    let cycle = try cli.run("lua", "-e", "local t = {} t[1] = { t } return t", db: false)
    noCrash(cycle)
    #expect(cycle.status == 1)
    let sort = try cli.run(
      "lua", "-e",
      #"local b = string.rep("\0", 1 << 20) local t = {} for i = 1, 40 do t[i] = b .. (i * 7 % 40) end table.sort(t)"#,
      "--timeout", "100", db: false)
    noCrash(sort)
    #expect(sort.status == 1)
    #expect(sort.stderr.contains("time limit exceeded (100 ms)"))
  }

  @Test("a site plugin with deep data serving no unit: reported with file and line; remind goes on")
  func sitePluginDeepData() throws {
    let site = try RemindSite()
    let folder = site.cli.folder.appendingPathComponent("site/clinic")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("checklists"), withIntermediateDirectories: true)
    try """
      return { id = "clinic", name = "诊所", version = "1.0.0", api = 1, unit_types = { "clinic" },
        requires = { "calendar" }, roles = { ["所长"] = "负责" } }
      """.write(to: folder.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    // 200,000 levels: enough to overflow the host's stack on any thread without the limit.
    try "local t = {} for i = 1, 200000 do t = { t } end\nreturn t\n".write(
      to: folder.appendingPathComponent("checklists/a_returned.lua"), atomically: true, encoding: .utf8)
    try """
      \(Self.deepTable)
      tz.item{ id = "a.b", title = "深", category = "a", kind = "task", every = "monthly on 1",
        owner = "所长", extra = t }
      """.write(to: folder.appendingPathComponent("checklists/deep.lua"), atomically: true, encoding: .utf8)
    let sitePath = site.cli.folder.appendingPathComponent("site").path

    let check = try site.cli.run("plugin", "check", "--plugins", sitePath, db: false)
    noCrash(check)
    #expect(check.status != 0)
    #expect(check.stderr.contains("site/clinic/checklists/a_returned.lua"), "\(check.stderr)")
    #expect(check.stderr.contains("site/clinic/checklists/deep.lua:2"), "\(check.stderr)")

    let run = try site.cli.run(
      args: ["remind", "--config", site.config, "--now", "2026-10-12", "--plugins", sitePath])
    noCrash(run)
    #expect(try !site.outboxFiles().isEmpty, "\(run.stderr)")
  }

  @Test("agenda --days has a documented upper bound")
  func agendaDaysBound() throws {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school")
    let huge = try cli.run("agenda", "--unit", "hx-xx", "--days", "100000000")
    #expect(huge.status == 2)
    #expect(huge.stderr.contains("366"))
    #expect(try cli.run("agenda", "--unit", "hx-xx", "--days", "366", "--today", "2026-01-05").status == 0)
  }

  @Test("agenda, checklist and report warn once when the days judged have no holiday data")
  func holidayCoverageWarning() throws {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school")
    let covered = try cli.run("agenda", "--unit", "hx-xx", "--today", "2026-11-23")
    #expect(covered.status == 0)
    #expect(!covered.stderr.contains("没有节假日数据"))

    let agenda = try cli.run("agenda", "--unit", "hx-xx", "--today", "2027-01-05", "--allow-future")
    #expect(agenda.status == 0, "\(agenda.stderr)")
    #expect(agenda.stderr.components(separatedBy: "2027 年没有节假日数据").count == 2, "\(agenda.stderr)")

    let checklist = try cli.run(
      "checklist", "--unit", "hx-xx", "--period", "2027-02", "--today", "2027-02-10", "--allow-future")
    #expect(checklist.status == 0, "\(checklist.stderr)")
    #expect(checklist.stderr.components(separatedBy: "2027 年没有节假日数据").count == 2, "\(checklist.stderr)")

    let old = try cli.run("checklist", "--unit", "hx-xx", "--period", "2022-10", "--today", "2022-10-10")
    #expect(old.stderr.contains("2022 年没有节假日数据"))

    let report = try cli.run(
      "report", "monthly", "--unit", "hx-xx", "--period", "2027-01", "--date", "2027-01-31", "--allow-future",
      "--format", "md")
    #expect(report.stderr.components(separatedBy: "2027 年没有节假日数据").count == 2, "\(report.stderr)")
  }

  @Test("a zero-byte or non-SQLite file is refused as a ledger, and left as it was")
  func notALedger() throws {
    let cli = try CLI()
    let empty = cli.folder.appendingPathComponent("empty.sqlite").path
    #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
    for args in [["unit", "list"], ["remind", "--now", "2026-10-12"], ["agenda", "--unit", "x"]] {
      let result = try cli.run(args: args + ["--db", empty], db: false)
      #expect(result.status == 2, "\(args): \(result.stderr)")
      #expect(result.stderr.contains("不是台账数据库"), "\(args): \(result.stderr)")
    }
    #expect(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int == 0)

    let text = cli.folder.appendingPathComponent("notes.txt").path
    try "校长的备忘\n".write(toFile: text, atomically: true, encoding: .utf8)
    for args in [["unit", "list"], ["init"]] {
      let result = try cli.run(args: args + ["--db", text], db: false)
      #expect(result.status == 2, "\(args): \(result.stderr)")
      #expect(result.stderr.contains("不是台账数据库"), "\(args): \(result.stderr)")
    }
    #expect(try String(contentsOfFile: text, encoding: .utf8) == "校长的备忘\n")

    // init on a zero-byte file makes it a ledger: there is nothing in it to lose.
    #expect(try cli.run(args: ["init", "--db", empty], db: false).status == 0)
    #expect(try cli.run(args: ["unit", "list", "--db", empty], db: false).status == 0)
  }
}
