import Foundation

/// Writes one self-contained HTML page: inline CSS for screen and A4 print, CJK font
/// fallbacks, real `<table>`s with `colspan`/`rowspan`, charts as inline SVG. No scripts,
/// no external resources.
public struct HTMLWriter: DocumentWriter {
  /// Creates the writer.
  public init() {}

  /// Renders the document as UTF-8 HTML5.
  public func render(_ doc: Document) throws -> Data {
    try doc.validate()
    // Explicit breaks between words (GB/T 9704), so browsers without text-wrap: balance
    // still never split a word; the page column is as wide as Word's type area.
    let titleLines = TitleLines.split(doc.title, width: GBT9704.titleColumns).joined(separator: "\n")
    var out = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTMLText.attribute(doc.title))</title>
      <style>
      \(HTMLStyle.css)</style>
      </head>
      <body>
      <main class="document">
      <h1 class="title">\(HTMLText.escape(titleLines))</h1>

      """
    if let subtitle = doc.subtitle {
      out += "<p class=\"subtitle\">\(HTMLText.escape(subtitle))</p>\n"
    }
    if let addressee = doc.addressee {
      out += "<p class=\"addressee\">\(HTMLText.escape(addressee))</p>\n"
    }
    var numbering = Numbering()
    for (i, block) in doc.blocks.enumerated() {
      // The block before the signature and the signature print on one page.
      let closing =
        block.kind != "signature" && i + 1 < doc.blocks.count
        && doc.blocks[i + 1].kind == "signature"
      if closing { out += "<div class=\"closing\">\n" }
      out += try html(block, &numbering)
      if block.kind == "signature", i > 0, doc.blocks[i - 1].kind != "signature" {
        out += "</div>\n"
      }
    }
    out += "</main>\n</body>\n</html>\n"
    return Data(out.utf8)
  }

  private func html(_ block: Block, _ numbering: inout Numbering) throws -> String {
    switch block {
    case .heading(let h):
      let level = min(h.level + 1, 6)
      return "<h\(level)>\(HTMLText.escape(h.text))</h\(level)>\n"
    case .paragraph(let p):
      return "<p>\(HTMLText.runs(p.runs))</p>\n"
    case .list(let l):
      let tag = l.ordered ? "ol" : "ul"
      let items = l.items.map { "<li>\(HTMLText.runs($0.runs))</li>\n" }.joined()
      return "<\(tag)>\n\(items)</\(tag)>\n"
    case .table(let t):
      return try HTMLTable.html(t, caption: numbering.tableCaption(t.caption))
    case .keyFigures(let k):
      return HTMLText.keyFigures(k)
    case .chart(let c):
      let caption = HTMLText.escape(numbering.chartCaption(c.title))
      return "<figure class=\"chart\">\n\(SVGChart(c).svg)<figcaption>\(caption)</figcaption>\n"
        + "</figure>\n"
    case .pageBreak:
      return "<div class=\"page-break\"></div>\n"
    case .signature(let s):
      let lines = (s.lines + [s.date]).map { "<p>\(HTMLText.escape($0))</p>\n" }.joined()
      return "<div class=\"signature\">\n\(lines)</div>\n"
    }
  }
}

/// HTML escaping and small fragments.
enum HTMLText {
  /// Text safe in element content and quoted attributes; line breaks become `<br>`.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n": out += "<br>"
      case "\r": break
      default:
        // Control characters other than tab are not allowed in HTML text.
        if scalar.value < 0x20 && scalar != "\t" { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Text for an attribute value or `<title>`: escaped, line breaks as spaces.
  static func attribute(_ s: String) -> String {
    escape(s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
  }

  /// Cell text with what must not break kept on one line (`span.nobr`): a short header
  /// (up to four Chinese characters) whole, and dates and quantities such as "3 次" anywhere.
  static func cell(_ text: String, header: Bool) -> String {
    if header, !text.contains("\n"), ColumnFit.width(text) <= ColumnFit.shortHeader {
      return "<span class=\"nobr\">\(escape(text))</span>"
    }
    return KeepTogether.pieces(text).map { piece in
      // Browsers may break at a space, a hyphen or beside a Chinese character.
      let breakable = piece.text.contains { $0 == " " || "-–—/".contains($0) || !$0.isASCII }
      return piece.whole && breakable && piece.text.count > 1
        ? "<span class=\"nobr\">\(escape(piece.text))</span>" : escape(piece.text)
    }.joined()
  }

  static func runs(_ runs: [Run]) -> String {
    runs.map { run in
      switch run.emphasis {
      case .strong?: "<strong>\(escape(run.text))</strong>"
      case .em?: "<em>\(escape(run.text))</em>"
      case nil: escape(run.text)
      }
    }.joined()
  }

  static func keyFigures(_ k: KeyFigures) -> String {
    let items = k.items.map { f in
      let target = f.target.map { "<span class=\"target\">目标 \(escape($0))</span>" } ?? ""
      return "<div class=\"figure\"><span class=\"label\">\(escape(f.label))</span>"
        + "<span class=\"value\">\(escape(f.value))</span>\(target)</div>\n"
    }.joined()
    return "<div class=\"key-figures\">\n\(items)</div>\n"
  }
}

/// HTML tables with merged cells and a repeating header.
enum HTMLTable {
  static func html(_ t: Table, caption: String?) throws -> String {
    let grid = try TableGrid(t)
    var out = "<table>\n"
    if let caption { out += "<caption>\(HTMLText.escape(caption))</caption>\n" }
    for (r, row) in grid.slots.enumerated() {
      if r == 0, t.headerRows > 0 { out += "<thead>\n" }
      if r == t.headerRows { out += "<tbody>\n" }
      let tag = r < t.headerRows ? "th" : "td"
      out += "<tr>"
      for slot in row {
        guard case .origin(let p) = slot else { continue }
        var attrs = ""
        if p.cell.colspan > 1 { attrs += " colspan=\"\(p.cell.colspan)\"" }
        if p.cell.rowspan > 1 { attrs += " rowspan=\"\(p.cell.rowspan)\"" }
        let align = t.alignment(of: p.column)
        if align != .left, tag == "td" { attrs += " class=\"\(align.rawValue)\"" }
        out += "<\(tag)\(attrs)>\(HTMLText.cell(p.cell.text, header: tag == "th"))</\(tag)>"
      }
      out += "</tr>\n"
      if r == t.headerRows - 1 { out += "</thead>\n" }
    }
    if t.headerRows < grid.slots.count { out += "</tbody>\n" }
    return out + "</table>\n"
  }
}
