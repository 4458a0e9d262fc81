import Foundation
import Testing

/// `taizhang report` end to end on the shipped plugins, read back by real readers:
/// python-docx, LibreOffice, Python's html.parser and csv, and a reviewed Markdown golden.
@Suite("taizhang report renders, archives and refuses bad input")
struct ReportCommandTests {
  static let python = "/usr/bin/python3"

  /// The test bureau with a few of the school's November records.
  func seeded() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "import", CLI.fixture("bureau/units.csv"))
    try cli.run("person", "import", CLI.fixture("bureau/people.csv"))
    try cli.run("role", "import", CLI.fixture("bureau/roles.csv"))
    try cli.run("role", "assign", "教导主任", "--unit", "qy-shiyan-xx", "--person", "head-01")
    // Kept at the time (brought in as a past ledger), so November's report counts them.
    let r = try cli.recordHistorical([
      ["qy-shiyan-xx", "teaching.monthly_report", "2026-11", "2026-11-27", "十一月教学常规月报按时报送，教案优秀率比上月提高"],
      ["qy-shiyan-xx", "teaching.midterm_check", "2026-T2", "2026-11-11", "期中检查覆盖全部学科，发现三处备课不规范已整改"],
      ["qy-shiyan-xx", "teaching.class_patrol", "2026-11-02", "2026-11-02", "", "查课次数=3"],
      ["qy-shiyan-xx", "teaching.class_patrol", "2026-11-03", "2026-11-03", "", "查课次数=1"],
    ])
    #expect(r.status == 0, "\(r.stderr)")
    return cli
  }

  func python(_ script: String, _ args: [String]) throws -> CLI.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.python)
    process.arguments = ["-c", script] + args
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile(),
      e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLI.Result(
      status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  func render(
    _ cli: CLI, _ format: String, _ name: String, kind: String = "monthly",
    unit: String = "qy-shiyan-xx",
    period: String = "2026-11"
  ) throws -> URL {
    let path = cli.folder.appendingPathComponent(name)
    let r = try cli.run(args: [
      "report", kind, "--unit", unit, "--period", period, "--format", format, "-o", path.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    return path
  }

  @Test("the school's November summary in Markdown matches the reviewed golden file")
  func markdownGolden() throws {
    let cli = try seeded()
    let md = try String(contentsOf: try render(cli, "md", "m.md"), encoding: .utf8)
    let golden = try String(
      contentsOfFile: CLI.fixture("golden/report-monthly-qy-shiyan-xx.md"), encoding: .utf8)
    if md != golden {
      try md.write(
        toFile: CLI.fixture("golden/report-monthly-qy-shiyan-xx.md.actual"), atomically: true,
        encoding: .utf8)
    }
    #expect(md == golden)
  }

  @Test(
    "DOCX reads back in python-docx with Chinese text, tables and GB/T 9704 fonts, and converts in LibreOffice"
  )
  func docx() throws {
    let cli = try seeded()
    let docx = try render(cli, "docx", "m.docx")
    let script = """
      import sys, docx
      d = docx.Document(sys.argv[1])
      text = "\\n".join(p.text for p in d.paragraphs)
      assert "清源区实验小学2026年11月月度工作小结" in text, text[:200]
      assert "一、总体情况" in text and "五、工作亮点" in text
      assert "十一月教学常规月报按时报送" in text
      assert len(d.tables) >= 3, len(d.tables)
      header = [c.text for c in d.tables[0].rows[0].cells]
      assert header[:2] == ["指标", "数值"], header
      cats = [c.text for c in d.tables[1].rows[0].cells]
      assert cats == ["类别", "应完成次数", "完成次数", "逾期次数", "未到期次数", "完成率"], cats
      fonts = {s.name: s.element.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
               for s in d.styles if s.type == 1 and s.element.rPr is not None and s.element.rPr.rFonts is not None}
      assert "仿宋" in (fonts.get("Normal") or ""), fonts
      assert "黑体" in (fonts.get("Heading 1") or ""), fonts
      owners = [r.cells[5].text for r in d.tables[3].rows[1:]]
      assert "教导主任 王立新" in owners, owners
      print("ok", len(d.tables))
      """
    let r = try python(script, [docx.path])
    #expect(r.status == 0, "\(r.stderr)")
    let soffice = Process()
    soffice.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
    soffice.arguments = [
      "--headless", "--convert-to", "pdf", "--outdir", cli.folder.path, docx.path,
    ]
    soffice.environment = ["HOME": cli.folder.path, "PATH": "/usr/bin:/bin"]
    soffice.standardOutput = Pipe()
    soffice.standardError = Pipe()
    try soffice.run()
    soffice.waitUntilExit()
    #expect(soffice.terminationStatus == 0)
    let text = Process()
    text.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    text.arguments = [cli.folder.appendingPathComponent("m.pdf").path, "-"]
    let out = Pipe()
    text.standardOutput = out
    try text.run()
    let pdf = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    text.waitUntilExit()
    #expect(pdf.contains("月度工作小结") && pdf.contains("分类完成情况"), "\(pdf.prefix(300))")
  }

  @Test("HTML parses with every element closed; CSV reads back through Python's csv with the BOM")
  func htmlAndCSV() throws {
    let cli = try seeded()
    let html = try render(cli, "html", "m.html")
    let parse = """
      import sys
      from html.parser import HTMLParser
      class P(HTMLParser):
          void = {"meta", "br", "img", "hr", "link", "col"}
          def __init__(self):
              super().__init__(); self.stack = []; self.text = []
          def handle_starttag(self, tag, attrs):
              if tag not in self.void: self.stack.append(tag)
          def handle_endtag(self, tag):
              assert self.stack and self.stack[-1] == tag, (tag, self.stack[-3:])
              self.stack.pop()
          def handle_data(self, data): self.text.append(data)
      p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
      assert not p.stack, p.stack
      t = "".join(p.text)
      assert "逾期事项" in t and "教导主任 王立新" in t
      assert "清源区实验小学2026年11月月度工作小结" in t
      print("ok")
      """
    let h = try python(parse, [html.path])
    #expect(h.status == 0, "\(h.stderr)")
    _ = try render(cli, "csv", "m.csv")
    let table = cli.folder.appendingPathComponent("m-table-01.csv")
    let bytes = try Data(contentsOf: table)
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let csv = """
      import sys, csv
      rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
      # Unit, period and as-of date lead every row; the rate's unit moves into its header.
      assert rows[0] == ["报告单位", "统计期间", "截至日期", "类别", "应完成次数", "完成次数",
                         "逾期次数", "未到期次数", "完成率（%）"], rows[0]
      assert rows[-1][:4] == ["清源区实验小学", "2026年11月", "2026-11-30", "合计"], rows[-1]
      print(rows[-1][5])
      """
    let c = try python(csv, [table.path])
    #expect(c.status == 0, "\(c.stderr)")
    #expect(c.stdout == "4\n")
  }

  @Test("the same ledger renders the same bytes twice; each file is archived with its SHA-256")
  func determinismAndArchive() throws {
    let cli = try seeded()
    for format in ["docx", "html", "json", "md"] {
      let a = try Data(contentsOf: try render(cli, format, "a.\(format)"))
      let b = try Data(contentsOf: try render(cli, format, "b.\(format)"))
      #expect(a == b, "\(format)")
    }
    let check = """
      import sys, sqlite3, hashlib
      db = sqlite3.connect(sys.argv[1])
      rows = db.execute("SELECT sha256, path, kind, period, format FROM report").fetchall()
      assert len(rows) == 8, len(rows)
      for sha, path, kind, period, fmt in rows:
          assert hashlib.sha256(open(path, "rb").read()).hexdigest() == sha, path
          assert (kind, period) == ("monthly", "2026-11")
      print("ok")
      """
    let r = try python(check, [cli.database])
    #expect(r.status == 0, "\(r.stderr)")
  }

  @Test("the bureau's circular ranks its schools; report all writes every unit's monthly reports")
  func rollupAndAll() throws {
    let cli = try seeded()
    let md = try String(
      contentsOf: try render(
        cli, "md", "c.md", kind: "circular", unit: "qy-jyj", period: "2026-Q4"), encoding: .utf8)
    #expect(md.contains("# 清源区教育局关于2026年第四季度工作情况的通报"))
    // The one school with records completes most and ranks first.
    #expect(md.contains("| 1 | 清源区实验小学 |"), "\(md.prefix(1200))")
    let out = cli.folder.appendingPathComponent("all")
    let r = try cli.run(
      "report", "all", "--period", "2026-11", "--out", out.path, "--format", "md", "--format",
      "json")
    #expect(r.status == 0, "\(r.stderr)")
    let units = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(units.count == 21)
    let school = try FileManager.default.contentsOfDirectory(
      atPath: out.appendingPathComponent("qy-shiyan-xx").path
    ).sorted()
    #expect(school == [
      "monthly-2026-11.json", "monthly-2026-11.md", "rectification-2026-11.json", "rectification-2026-11.md",
    ])
    let list = try cli.run("report", "list", "--json", db: false)
    let kinds = (try CLI.json(list) as? [[String: Any]] ?? []).map {
      "\($0["plugin"]!)/\($0["kind"]!)"
    }
    for kind in [
      "school/monthly", "hospital/progress", "community/progress", "bureau/circular",
      "school/annual", "school/self_check", "school/rectification", "hospital/rectification",
      "bureau/supervision",
    ] {
      #expect(kinds.contains(kind), "\(kinds)")
    }
  }

  @Test(
    "unknown kind, unknown unit and a bad period exit 2; a failing report body names file:line, exits 1, writes nothing"
  )
  func errors() throws {
    let cli = try seeded()
    let kind = try cli.run("report", "monthy", "--unit", "qy-shiyan-xx", "--period", "2026-11")
    #expect(kind.status == 2 && kind.stderr.contains("是否想输入 monthly"), "\(kind.stderr)")
    let unit = try cli.run("report", "monthly", "--unit", "nope", "--period", "2026-11")
    #expect(unit.status == 2 && unit.stderr.contains("nope"))
    let period = try cli.run("report", "monthly", "--unit", "qy-shiyan-xx", "--period", "2026-Q4")
    #expect(period.status == 2 && period.stderr.contains("2026-11"), "\(period.stderr)")
    let bad = try cli.run("report", "monthly", "--unit", "qy-shiyan-xx", "--period", "2026-13")
    #expect(bad.status == 2)

    let site = cli.folder.appendingPathComponent("site/school/reports")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    try
      "return { id = \"school\", name = \"本区学校\", version = \"1.0.0\", api = 1, extends = \"school\" }\n"
      .write(
        to: site.deletingLastPathComponent().appendingPathComponent("plugin.lua"), atomically: true,
        encoding: .utf8)
    try """
    tz.report { id = "monthly", title = "月报", period = "month",
      body = function(ctx, doc)
        doc:title(ctx.unit.name)
        doc:table { header = { "a", "b" }, rows = { { "1" } } }
      end }
    """.write(to: site.appendingPathComponent("monthly.lua"), atomically: true, encoding: .utf8)
    let output = cli.folder.appendingPathComponent("x.docx")
    let failed = try cli.run(args: [
      "report", "monthly", "--unit", "qy-shiyan-xx", "--period", "2026-11", "--plugins",
      cli.folder.appendingPathComponent("site").path,
      "-o", output.path,
    ])
    #expect(failed.status == 1)
    #expect(failed.stderr.contains("site/school/reports/monthly.lua:4:"), "\(failed.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }
}

@Suite("Report and record-import help and bulk records")
struct ReportHelpTests {
  @Test(arguments: [
    ["report", "render"], ["report", "list"], ["report", "all"], ["record", "import"],
  ])
  func helpIsASentence(command: [String]) throws {
    let result = try CLI().run(args: command + ["--help"], db: false)
    #expect(result.status == 0)
    let summary = (result.stdout.components(separatedBy: "\n\n").first ?? "")
      .replacingOccurrences(of: "OVERVIEW: ", with: "").replacingOccurrences(of: "\n", with: " ")
    #expect(summary.first?.isUppercase == true && summary.hasSuffix("."), "\(command): \(summary)")
  }

  @Test("record import writes every row, or none when one row is bad (naming file and line)")
  func recordImport() throws {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "import", CLI.fixture("bureau/units.csv"))
    let good = cli.folder.appendingPathComponent("good.csv")
    try
      "unit,item,period,note,values\nqy-shiyan-xx,teaching.monthly_report,2026-11,按时报送,\nqy-shiyan-xx,teaching.class_patrol,2026-11-02,,查课次数=3\n"
      .write(to: good, atomically: true, encoding: .utf8)
    let ok = try cli.run("record", "import", good.path)
    #expect(ok.status == 0 && ok.stdout.contains("2"), "\(ok.stderr)")
    let bad = cli.folder.appendingPathComponent("bad.csv")
    try
      "unit,item,period\nqy-shiyan-xx,teaching.monthly_report,2026-10\nqy-shiyan-xx,teaching.monthly_reprt,2026-10\n"
      .write(to: bad, atomically: true, encoding: .utf8)
    let refused = try cli.run("record", "import", bad.path)
    #expect(refused.status != 0 && refused.stderr.contains("bad.csv:3:"), "\(refused.stderr)")
    let md = cli.folder.appendingPathComponent("m.md")
    _ = try cli.run(
      "report", "monthly", "--unit", "qy-shiyan-xx", "--period", "2026-10", "--format", "md", "-o",
      md.path)
    // Nothing of the refused file was recorded: October shows no done work.
    #expect(try String(contentsOf: md, encoding: .utf8).contains("已完成 0 项次"))
  }
}
