import Foundation

/// A ledger small enough to work out every figure of its reports by hand: a bureau over
/// three schools, whose checklist is the shipped school plugin with every item dropped but
/// four simple ones (a site plugin that `extends` it), so the shipped reports (monthly
/// summary, self-check, the bureau's circular) and the shipped score rule run on it:
///
/// | item | category (weight) | rule | weight | in Q3 2026 |
/// | --- | --- | --- | --- | --- |
/// | `teaching.monthly_report` 报送教学月报 | teaching 教学常规 (×1) | monthly on 10 | 2 | Jul 10, Aug 10, Sep 10 |
/// | `teaching.group_prep` 集体备课 | teaching (×1) | weekly on fri | 1 | Jul 3 10 17 24 31, Aug 7 14 21 28, Sep 4 11 18 25 |
/// | `teaching.six_earnest` 抽查教学“六认真” | teaching (×1) | 2 times per month | 1 | Jul 31, Aug 31, Sep 30 (2 records each) |
/// | `safety.accident_zero` 安全责任事故为零 | safety 平安校园 (×1.5) | monthly on 25, metric ≤ 0起 | 2 | Jul 25, Aug 25, Sep 25 |
///
/// The shipped school rule weighs safety 1.5, so the accident item weighs 2 × 1.5 = 3 and
/// the four weigh 2 + 1 + 1 + 3 = 7; it is also a veto item (否决项). Grades: 优秀 ≥ 90,
/// 良好 ≥ 80, 合格 ≥ 60, else 不合格.
struct HandLedger {
  let cli: CLI
  /// The site plugin folder (`--plugins`).
  let site: URL

  static let items = """
    tz.item { id = "teaching.monthly_report", title = "报送教学月报", category = "teaching",
      kind = "task", every = "monthly on 10", owner = "教导主任", weight = 2 }
    tz.item { id = "teaching.group_prep", title = "集体备课", category = "teaching",
      kind = "task", every = "weekly on fri", owner = "教研组长", weight = 1 }
    tz.item { id = "teaching.six_earnest", title = "抽查教学“六认真”", category = "teaching",
      kind = "task", every = "2 times per month", owner = "教导主任", weight = 1 }
    tz.item { id = "safety.accident_zero", title = "安全责任事故为零", category = "safety",
      kind = "metric", every = "monthly on 25", owner = "校长", weight = 2,
      target = { at_most = 0, unit = "起" } }

    """

  /// A fresh ledger: the site plugin, the bureau `jyj` 教育局 over `s1` 一小, `s2` 二小 and
  /// `s3` 三小, and 王芳 as s2's 教导主任. No records yet.
  init() throws {
    cli = try CLI()
    site = cli.folder.appendingPathComponent("site")
    let plugin = site.appendingPathComponent("school")
    try FileManager.default.createDirectory(
      at: plugin.appendingPathComponent("checklists"), withIntermediateDirectories: true)
    try """
    return { id = "school", name = "学校（手算）", version = "1.0.0", api = 1, extends = "school" }

    """.write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    // Every shipped item is dropped, whatever the shipped plugin holds today.
    let show = try cli.run("plugin", "show", "school", "--json", db: false)
    guard show.status == 0, let shipped = try CLI.json(show) as? [String: Any],
      let items = shipped["items"] as? [[String: Any]]
    else { throw Failure("plugin show school: \(show.stderr)") }
    let drops = items.compactMap { $0["id"] as? String }.map { "tz.drop(\"\($0)\")" }
    try (drops.joined(separator: "\n") + "\n").write(
      to: plugin.appendingPathComponent("checklists/00_drop.lua"), atomically: true, encoding: .utf8
    )
    try Self.items.write(
      to: plugin.appendingPathComponent("checklists/10_items.lua"), atomically: true,
      encoding: .utf8)
    try expectOK(cli.run("init"))
    let units = cli.folder.appendingPathComponent("units.csv")
    try """
    id,name,type,parent
    jyj,教育局,bureau,
    s1,一小,school,jyj
    s2,二小,school,jyj
    s3,三小,school,jyj

    """.write(to: units, atomically: true, encoding: .utf8)
    try expectOK(cli.run("unit", "import", units.path))
    try expectOK(cli.run("person", "add", "wf", "--name", "王芳"))
    try expectOK(run("role", "assign", "教导主任", "--unit", "s2", "--person", "wf"))
  }

  /// Runs `taizhang ARGS --plugins SITE`.
  @discardableResult
  func run(_ args: String...) throws -> CLI.Result {
    try cli.run(args: args + ["--plugins", site.path])
  }

  /// Records work kept at the time (`record import --historical`): rows
  /// `[unit, item, period, done_on, note?, values?]`, each entered at 18:00 on its day.
  func historical(_ rows: [[String]]) throws {
    let csv = cli.folder.appendingPathComponent("h-\(UUID().uuidString).csv")
    let lines =
      ["unit,item,period,done_on,note,values"]
      + rows.map { ($0 + Array(repeating: "", count: max(0, 6 - $0.count))).joined(separator: ",") }
    try (lines.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)
    try expectOK(run("record", "import", csv.path, "--historical"))
  }

  /// A report rendered as JSON (the document model) and read back.
  func report(_ kind: String, unit: String, period: String, date: String? = nil) throws
    -> ReportDocument
  {
    let path = cli.folder.appendingPathComponent("\(kind)-\(unit)-\(UUID().uuidString).json")
    var args = [
      "report", kind, "--unit", unit, "--period", period, "--format", "json", "-o", path.path,
    ]
    if let date { args += ["--date", date] }
    try expectOK(cli.run(args: args + ["--plugins", site.path]))
    return try ReportDocument(Data(contentsOf: path))
  }

  /// `taizhang checklist --json` read back.
  func checklist(unit: String, period: String?, today: String? = nil) throws -> [String: Any] {
    var args = ["checklist", "--unit", unit, "--json"]
    if let period { args += ["--period", period] }
    if let today { args += ["--today", today] }
    let result = try cli.run(args: args + ["--plugins", site.path])
    try expectOK(result)
    guard let object = try CLI.json(result) as? [String: Any] else {
      throw Failure("checklist --json is not an object: \(result.stdout.prefix(200))")
    }
    return object
  }

  /// Every record of Q3 2026 described in `ReportArithmeticTests`.
  func recordThirdQuarter() throws {
    // Fridays of Q3 2026 and their ISO weeks.
    let fridays = [
      ("2026-W27", "2026-07-03"), ("2026-W28", "2026-07-10"), ("2026-W29", "2026-07-17"),
      ("2026-W30", "2026-07-24"), ("2026-W31", "2026-07-31"), ("2026-W32", "2026-08-07"),
      ("2026-W33", "2026-08-14"), ("2026-W34", "2026-08-21"), ("2026-W35", "2026-08-28"),
      ("2026-W36", "2026-09-04"), ("2026-W37", "2026-09-11"), ("2026-W38", "2026-09-18"),
      ("2026-W39", "2026-09-25"),
    ]
    func prep(_ unit: String, missing: Set<String>) -> [[String]] {
      fridays.filter { !missing.contains($0.1) }.map { [unit, "teaching.group_prep", $0.0, $0.1] }
    }
    func monthly(_ unit: String, _ months: [String]) -> [[String]] {
      months.map { [unit, "teaching.monthly_report", "2026-\($0)", "2026-\($0)-08"] }
    }
    func accident(_ unit: String, _ month: String, _ count: Int) -> [String] {
      [unit, "safety.accident_zero", "2026-\(month)", "2026-\(month)-25", "", "事故数=\(count)"]
    }
    func earnest(_ unit: String, _ month: String, _ days: [String]) -> [[String]] {
      days.map { [unit, "teaching.six_earnest", "2026-\(month)", "2026-\(month)-\($0)"] }
    }
    // s1: everything but the last Friday's 集体备课.
    try historical(
      monthly("s1", ["07", "08", "09"]) + prep("s1", missing: ["2026-09-25"])
        + [accident("s1", "07", 0), accident("s1", "08", 0), accident("s1", "09", 0)]
        + earnest("s1", "07", ["15", "29"]) + earnest("s1", "08", ["14", "28"])
        + earnest("s1", "09", ["15", "29"]))
    // s2: July and August in full; in September no 月报, 集体备课 on the 4th and 18th only,
    // one accident, and one 六认真 check of the two.
    try historical(
      monthly("s2", ["07", "08"]) + prep("s2", missing: ["2026-09-11", "2026-09-25"])
        + [accident("s2", "07", 0), accident("s2", "08", 0), accident("s2", "09", 1)]
        + earnest("s2", "07", ["15", "29"]) + earnest("s2", "08", ["14", "28"])
        + earnest("s2", "09", ["20"]))
    // s3: no 集体备课 on 31 July, 28 August and 25 September; one 六认真 check in August.
    try historical(
      monthly("s3", ["07", "08", "09"])
        + prep("s3", missing: ["2026-07-31", "2026-08-28", "2026-09-25"])
        + [accident("s3", "07", 0), accident("s3", "08", 0), accident("s3", "09", 0)]
        + earnest("s3", "07", ["15", "29"]) + earnest("s3", "08", ["14"])
        + earnest("s3", "09", ["15", "29"]))
  }
}

/// Fails with the command's error output unless it exited 0.
func expectOK(_ result: CLI.Result) throws {
  guard result.status == 0 else { throw Failure("exit \(result.status): \(result.stderr)") }
}

/// A report's JSON (the document model) read back: its paragraphs as plain text, its
/// tables by caption as rows of cell texts, and its key figures.
struct ReportDocument {
  let title: String
  let subtitle: String?
  let paragraphs: [String]
  let lists: [[String]]
  let tables: [String: [[String]]]
  let figures: [String: String]
  let signatureDate: String?

  init(_ data: Data) throws {
    guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let blocks = root["blocks"] as? [[String: Any]]
    else { throw Failure("not a document") }
    title = root["title"] as? String ?? ""
    subtitle = root["subtitle"] as? String
    func text(_ paragraph: Any?) -> String {
      ((paragraph as? [String: Any])?["runs"] as? [[String: Any]] ?? []).compactMap {
        $0["text"] as? String
      }
      .joined()
    }
    var paragraphs: [String] = [], lists: [[String]] = [], tables: [String: [[String]]] = [:]
    var figures: [String: String] = [:]
    var signatureDate: String?
    for block in blocks {
      if let p = block["paragraph"] { paragraphs.append(text(p)) }
      if let l = block["list"] as? [String: Any] {
        lists.append((l["items"] as? [Any] ?? []).map(text))
      }
      if let t = block["table"] as? [String: Any] {
        let rows = (t["rows"] as? [[Any]] ?? []).map { row in
          row.map { cell in (cell as? [String: Any])?["text"] as? String ?? (cell as? String ?? "")
          }
        }
        tables[t["caption"] as? String ?? ""] = rows
      }
      if let k = block["keyFigures"] as? [String: Any] {
        for figure in k["items"] as? [[String: Any]] ?? [] {
          if let label = figure["label"] as? String { figures[label] = figure["value"] as? String }
        }
      }
      if let s = block["signature"] as? [String: Any] { signatureDate = s["date"] as? String }
    }
    (self.paragraphs, self.lists, self.tables, self.figures, self.signatureDate) =
      (paragraphs, lists, tables, figures, signatureDate)
  }

  /// The paragraph starting with `prefix`, or "".
  func paragraph(startingWith prefix: String) -> String {
    paragraphs.first { $0.hasPrefix(prefix) } ?? ""
  }
}
