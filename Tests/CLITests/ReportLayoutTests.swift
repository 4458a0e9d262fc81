import Foundation
import Testing

/// The shipped reports as a reader sees them: each rendered to DOCX and converted to PDF by
/// LibreOffice, and rendered to HTML and printed to PDF by headless Chromium, then read with
/// `pdftotext -layout`; its JSON model says what the title, the table headers, the text
/// before the signature and the signature's date are.
extension ReportCommandTests {
  /// Prints, per report, the title's printed lines, the short headers (up to four
  /// characters) that no printed line holds whole, and the pages (from 1) holding the end of
  /// the last text before the signature and the signature's date.
  static let layoutCheck = """
    import json, subprocess, sys
    out = []
    def plain(p):
        return ''.join(r['text'] for r in p['runs'])
    for model, pdf in zip(sys.argv[1::2], sys.argv[2::2]):
        doc = json.load(open(model, encoding='utf-8'))
        text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True,
                              text=True).stdout
        pages = [''.join(p.split()) for p in text.split('\\f')]
        blocks = doc['blocks']
        before = blocks[-2]
        last = plain(before['paragraph']) if 'paragraph' in before else plain(before['list']['items'][-1])
        tail, date = ''.join(last.split())[-8:], blocks[-1]['signature']['date']
        def page(s):
            return max((i + 1 for i, p in enumerate(pages) if s in p), default=0)
        lines = [''.join(l.split()) for l in text.split('\\n')]
        lines = [l for l in lines if l]
        title, taken, shown = doc['title'], '', []
        for l in lines:
            if taken == title or not title.startswith(taken + l):
                break
            taken += l
            shown.append(l)
        headers = [c['text'] for b in doc['blocks'] if 'table' in b
                   for row in b['table']['rows'][:b['table'].get('headerRows', 1)] for c in row]
        split = [h for h in headers if 0 < len(h) <= 4 and not any(h in l for l in lines)]
        out.append({'title': title, 'lines': shown, 'split': split,
                    'textPage': page(tail), 'signaturePage': page(date)})
    print(json.dumps(out, ensure_ascii=False))
    """

  struct PrintedReport: Decodable {
    var title: String
    var lines: [String]
    var split: [String]
    var textPage: Int
    var signaturePage: Int
  }

  /// Headless Chromium as Debian ships it (`chromium-headless-shell`, or `chromium`).
  static var chromium: URL? {
    ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].map(URL.init(fileURLWithPath:))
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Prints an HTML file to PDF as a reader would from the browser (no header or footer of
  /// the browser's own); the exit status.
  static func print(_ html: URL, to pdf: URL, with chromium: URL, home: URL) throws -> Int32 {
    let browse = Process()
    browse.executableURL = chromium
    browse.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--print-to-pdf=\(pdf.path)", html.path,
    ]
    browse.environment = ["HOME": home.path, "PATH": "/usr/bin:/bin"]
    browse.standardOutput = Pipe()
    browse.standardError = Pipe()
    try browse.run()
    browse.waitUntilExit()
    return browse.terminationStatus
  }

  @Test(
    "every shipped report prints its title between words, its short headers on one line and its signature with the last text, from Word and from a browser"
  )
  func printedLayout() throws {
    let cli = try seeded()
    let reports = [
      ("monthly", "qy-shiyan-xx", "2026-11"), ("self_check", "qy-shiyan-xx", "2026-Q4"),
      ("circular", "qy-jyj", "2026-Q4"),
    ]
    let chromium = try #require(Self.chromium, "Scripts/setup.sh installs chromium-headless-shell")
    var docx: [String] = []
    var pairs: [String] = []
    var browser: [String] = []
    for (kind, unit, period) in reports {
      let model = try render(cli, "json", "\(kind).json", kind: kind, unit: unit, period: period)
      let word = try render(cli, "docx", "\(kind).docx", kind: kind, unit: unit, period: period)
      let html = try render(cli, "html", "\(kind).html", kind: kind, unit: unit, period: period)
      docx.append(word.path)
      pairs += [model.path, cli.folder.appendingPathComponent("\(kind).pdf").path]
      let printed = cli.folder.appendingPathComponent("\(kind)-browser.pdf")
      try #require(
        Self.print(html, to: printed, with: chromium, home: cli.folder) == 0,
        "\(chromium.path) could not print \(html.path)")
      browser += [model.path, printed.path]
    }
    let soffice = Process()
    soffice.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
    soffice.arguments = ["--headless", "--convert-to", "pdf", "--outdir", cli.folder.path] + docx
    soffice.environment = ["HOME": cli.folder.path, "PATH": "/usr/bin:/bin"]
    soffice.standardOutput = Pipe()
    soffice.standardError = Pipe()
    try soffice.run()
    soffice.waitUntilExit()
    try #require(soffice.terminationStatus == 0)
    for (reader, files) in [("LibreOffice", pairs), ("Chromium", browser)] {
      let r = try python(Self.layoutCheck, files)
      try #require(r.status == 0, "\(r.stderr)")
      let printed = try JSONDecoder().decode([PrintedReport].self, from: Data(r.stdout.utf8))
      try #require(printed.count == 3)
      for report in printed {
        let name = "\(reader), \(report.title)"
        #expect(report.lines.joined() == report.title, "\(name): title printed as \(report.lines)")
        #expect(report.lines.allSatisfy { $0.count >= 3 }, "\(name): a title line too short")
        #expect(report.split.isEmpty, "\(name): headers split across lines: \(report.split)")
        #expect(report.textPage > 0, "\(name): the text before the signature not found")
        #expect(
          report.signaturePage == report.textPage,
          "\(name): signature on page \(report.signaturePage), the text before it on \(report.textPage)"
        )
      }
      // The circular's title is two lines, broken after the period.
      #expect(printed[2].lines == ["清源区教育局关于2026年第四季度", "工作情况的通报"], "\(reader)")
    }
  }

  @Test("printed from a browser, the signature never starts a page alone, wherever the page ends")
  func browserKeepsSignature() throws {
    let chromium = try #require(Self.chromium, "Scripts/setup.sh installs chromium-headless-shell")
    let cli = try CLI()
    try cli.run("init")
    // A report of N one-line paragraphs and a signature: as N grows by two lines the end of
    // the text walks down the page, past where the signature (about four lines) no longer
    // fits after it; there the signature must take the last paragraph to the next page.
    let site = cli.folder.appendingPathComponent("site/school")
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("reports"), withIntermediateDirectories: true)
    try
      "return { id = \"school\", name = \"学校\", version = \"1.0.0\", api = 1, extends = \"school\" }\n"
      .write(to: site.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try """
    tz.report { id = "filler", title = "版面", period = "month",
      body = function(ctx, doc)
        doc:title(ctx.unit.name .. "版面检查")
        for i = 1, tonumber(ctx.unit.attributes["段落"]) do
          doc:paragraph(string.format("第%d段：按清单推进工作。", i))
        end
        doc:signature { lines = { ctx.unit.name }, date = "2026年11月30日" }
      end }

    """.write(
      to: site.appendingPathComponent("reports/filler.lua"), atomically: true, encoding: .utf8)
    var pages: Set<Int> = []
    for n in stride(from: 10, through: 30, by: 2) {
      try #require(
        cli.run(
          "unit", "add", "u\(n)", "--name", "单位\(n)", "--type", "school", "--attribute", "段落=\(n)"
        )
        .status == 0)
      let html = cli.folder.appendingPathComponent("u\(n).html")
      let pdf = cli.folder.appendingPathComponent("u\(n).pdf")
      let r = try cli.run(args: [
        "report", "filler", "--unit", "u\(n)", "--period", "2026-11", "--format", "html", "-o",
        html.path,
        "--plugins", site.deletingLastPathComponent().path,
      ])
      try #require(r.status == 0, "\(r.stderr)")
      try #require(Self.print(html, to: pdf, with: chromium, home: cli.folder) == 0)
      let text = Process()
      text.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
      text.arguments = ["-layout", pdf.path, "-"]
      let out = Pipe()
      text.standardOutput = out
      try text.run()
      let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      text.waitUntilExit()
      let sheets = printed.components(separatedBy: "\u{0C}").map { $0.filter { !$0.isWhitespace } }
      func page(_ s: String) -> Int { (sheets.lastIndex { $0.contains(s) } ?? -1) + 1 }
      #expect(page("第\(n)段") > 0)
      #expect(
        page("2026年11月30日") == page("第\(n)段"), "\(n) paragraphs: the signature is alone on its page"
      )
      pages.insert(page("2026年11月30日"))
    }
    // The sweep crossed the end of a page, so the case above was met.
    #expect(pages.count >= 2, "pages: \(pages)")
  }

  /// Each CSV opened in LibreOffice Calc (UTF-8, zh-CN) and saved as flat ODS; prints per
  /// file the header row and, per column, the value types of its body cells.
  static let calcCheck = """
    import json, sys, xml.etree.ElementTree as ET
    T = '{urn:oasis:names:tc:opendocument:xmlns:table:1.0}'
    O = '{urn:oasis:names:tc:opendocument:xmlns:office:1.0}'
    X = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
    out = []
    for path in sys.argv[1:]:
        rows = []
        for row in ET.parse(path).iter(T + 'table-row'):
            cells = []
            for cell in row.iter(T + 'table-cell'):
                n = min(int(cell.get(T + 'number-columns-repeated', '1')), 50)
                text = ''.join(p.text or '' for p in cell.iter(X + 'p'))
                cells += [[cell.get(O + 'value-type', ''), text]] * n
            if any(t for _, t in cells):
                rows.append(cells)
        header = [t for _, t in rows[0]]
        columns = {h: sorted({rows[r][c][0] for r in range(1, len(rows)) if c < len(rows[r])
                              and rows[r][c][1]}) for c, h in enumerate(header) if h}
        out.append({'header': header, 'columns': columns})
    print(json.dumps(out, ensure_ascii=False))
    """

  struct CalcTable: Decodable {
    var header: [String]
    var columns: [String: [String]]
  }

  @Test(
    "the shipped reports' CSVs open in LibreOffice Calc with counts as numbers and no fraction cells"
  )
  func csvInCalc() throws {
    let cli = try seeded()
    var files: [String] = []
    for (kind, unit, period) in [
      ("monthly", "qy-shiyan-xx", "2026-11"), ("self_check", "qy-shiyan-xx", "2026-Q4"),
      ("circular", "qy-jyj", "2026-Q4"),
    ] {
      _ = try render(cli, "csv", "\(kind).csv", kind: kind, unit: unit, period: period)
      let names = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path)
      // One table gives the file named; several give <base>-table-01.csv, ….
      files += names.filter { $0 == "\(kind).csv" || $0.hasPrefix("\(kind)-table-") }.sorted()
        .map { cli.folder.appendingPathComponent($0).path }
    }
    try #require(files.count >= 5, "\(files)")
    let out = cli.folder.appendingPathComponent("calc")
    let soffice = Process()
    soffice.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
    soffice.arguments =
      [
        "--headless", "--infilter=Text - txt - csv (StarCalc):44,34,76,1,,2052", "--convert-to",
        "fods", "--outdir", out.path,
      ] + files
    soffice.environment = ["HOME": cli.folder.path, "PATH": "/usr/bin:/bin"]
    soffice.standardOutput = Pipe()
    soffice.standardError = Pipe()
    try soffice.run()
    soffice.waitUntilExit()
    let converted = files.map {
      out.appendingPathComponent(
        (($0 as NSString).lastPathComponent as NSString).deletingPathExtension + ".fods"
      ).path
    }
    let r = try python(Self.calcCheck, converted)
    try #require(r.status == 0, "\(r.stderr)")
    let tables = try JSONDecoder().decode([CalcTable].self, from: Data(r.stdout.utf8))
    var counted = 0
    for table in tables {
      #expect(Array(table.header.prefix(3)) == ["报告单位", "统计期间", "截至日期"])
      for (header, types) in table.columns {
        if header.hasSuffix("次数") || header.hasPrefix("完成率") {
          #expect(types == ["float"] || types.isEmpty, "\(header): \(types)")
          counted += 1
        }
        // Only the as-of date and due dates may read as dates; never a "7/9".
        if types.contains("date") {
          #expect(["截至日期", "最早应完成"].contains(header), "\(header) read as a date")
        }
      }
    }
    #expect(counted >= 8, "count columns seen: \(counted)")
  }
}
