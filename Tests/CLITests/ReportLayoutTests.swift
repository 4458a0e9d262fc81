import Foundation
import Testing

/// The shipped reports as a reader sees them: each rendered to DOCX, converted to PDF by
/// LibreOffice and read with `pdftotext -layout`; its JSON model says what the title and the
/// table headers are.
extension ReportCommandTests {
  /// Prints, per report, the title's printed lines and the short headers (up to four
  /// characters) that no printed line holds whole.
  static let layoutCheck = """
    import json, subprocess, sys
    out = []
    for model, pdf in zip(sys.argv[1::2], sys.argv[2::2]):
        doc = json.load(open(model, encoding='utf-8'))
        text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True,
                              text=True).stdout
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
        out.append({'title': title, 'lines': shown, 'split': split})
    print(json.dumps(out, ensure_ascii=False))
    """

  struct PrintedReport: Decodable {
    var title: String
    var lines: [String]
    var split: [String]
  }

  @Test("every shipped report prints its title between words and its short headers on one line")
  func printedLayout() throws {
    let cli = try seeded()
    let reports = [
      ("monthly", "qy-shiyan-xx", "2026-11"), ("self_check", "qy-shiyan-xx", "2026-Q4"),
      ("circular", "qy-jyj", "2026-Q4"),
    ]
    var docx: [String] = []
    var pairs: [String] = []
    for (kind, unit, period) in reports {
      let model = try render(cli, "json", "\(kind).json", kind: kind, unit: unit, period: period)
      let word = try render(cli, "docx", "\(kind).docx", kind: kind, unit: unit, period: period)
      docx.append(word.path)
      pairs += [model.path, cli.folder.appendingPathComponent("\(kind).pdf").path]
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
    let r = try python(Self.layoutCheck, pairs)
    try #require(r.status == 0, "\(r.stderr)")
    let printed = try JSONDecoder().decode([PrintedReport].self, from: Data(r.stdout.utf8))
    try #require(printed.count == 3)
    for report in printed {
      #expect(report.lines.joined() == report.title, "title printed as \(report.lines)")
      #expect(report.lines.allSatisfy { $0.count >= 3 }, "a title line too short: \(report.lines)")
      #expect(report.split.isEmpty, "\(report.title): headers split across lines: \(report.split)")
    }
    // The circular's title is two lines, broken after the period.
    #expect(printed[2].lines == ["清源区教育局关于2026年第四季度", "工作情况的通报"])
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

  @Test("the shipped reports' CSVs open in LibreOffice Calc with counts as numbers and no fraction cells")
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
