import Foundation

/// Writes GitHub-flavoured Markdown: headings, emphasis, lists, pipe tables.
/// Merged cells cannot be expressed in GFM: a spanned cell's text appears once, at its
/// top-left position; stacked header rows are joined per column ("任务 / 已完成").
public struct MarkdownWriter: DocumentWriter {
  /// Creates the writer.
  public init() {}

  /// Renders the document as UTF-8 Markdown ending in one newline.
  public func render(_ doc: Document) throws -> Data {
    try doc.validate()
    var parts = ["# " + MarkdownText.inline(doc.title)]
    if let subtitle = doc.subtitle { parts.append(MarkdownText.inline(subtitle)) }
    if let addressee = doc.addressee { parts.append(MarkdownText.inline(addressee)) }
    var numbering = Numbering()
    for block in doc.blocks {
      parts.append(try section(block, &numbering))
    }
    return Data((parts.joined(separator: "\n\n") + "\n").utf8)
  }

  private func section(_ block: Block, _ numbering: inout Numbering) throws -> String {
    switch block {
    case .heading(let h):
      return String(repeating: "#", count: min(h.level + 1, 6)) + " " + MarkdownText.inline(h.text)
    case .paragraph(let p):
      return MarkdownText.runs(p.runs)
    case .list(let l):
      return l.items.enumerated().map { i, item in
        (l.ordered ? "\(i + 1). " : "- ") + MarkdownText.runs(item.runs)
      }.joined(separator: "\n")
    case .table(let t):
      let grid = try TableGrid(t)
      var lines: [String] = []
      if let caption = numbering.tableCaption(t.caption) {
        lines.append("**\(MarkdownText.inline(caption))**")
        lines.append("")
      }
      lines.append(contentsOf: MarkdownTable.lines(t, grid))
      return lines.joined(separator: "\n")
    case .keyFigures(let k):
      let table = Table(
        header: ["指标", "数值", "目标"],
        body: k.items.map { [$0.label, $0.value, $0.target ?? "—"] },
        alignments: [.left, .right, .right])
      return MarkdownTable.lines(table, try TableGrid(table)).joined(separator: "\n")
    case .chart(let c):
      let table = ChartTable.table(c)
      let caption = "**\(MarkdownText.inline(numbering.chartCaption(c.title)))**"
      return ([caption, ""] + MarkdownTable.lines(table, try TableGrid(table)))
        .joined(separator: "\n")
    case .pageBreak:
      return "---"
    case .signature(let s):
      return (s.lines + [s.date]).map(MarkdownText.inline).joined(separator: "<br>\n")
    }
  }
}

/// Escaping for Markdown text.
enum MarkdownText {
  /// Text with Markdown's inline markers escaped, line breaks kept as `<br>`.
  static func inline(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|":
        out.unicodeScalars.append("\\")
        out.unicodeScalars.append(scalar)
      case "\n": out += "<br>"
      case "\r": break
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Runs with `**strong**` and `*em*` markers.
  static func runs(_ runs: [Run]) -> String {
    runs.map { run in
      let text = inline(run.text)
      switch run.emphasis {
      case .strong?: return "**\(text)**"
      case .em?: return "*\(text)*"
      case nil: return text
      }
    }.joined()
  }
}

/// GFM pipe tables.
enum MarkdownTable {
  static func lines(_ t: Table, _ grid: TableGrid) -> [String] {
    let flat = grid.flattened.map { $0.map(MarkdownText.inline) }
    let header = (0..<grid.columns).map { column in
      headerText(grid, rows: t.headerRows, column: column)
    }
    let rule = (0..<grid.columns).map { c in
      switch t.alignment(of: c) {
      case .left: ":---"
      case .center: ":---:"
      case .right: "---:"
      }
    }
    let body = flat.dropFirst(t.headerRows)
    return ([header, rule] + body).map { "| " + $0.joined(separator: " | ") + " |" }
  }

  /// The header text of one column: the texts of the header cells over it, joined by " / ".
  private static func headerText(_ grid: TableGrid, rows: Int, column: Int) -> String {
    var parts: [String] = []
    for r in 0..<rows {
      let text: String
      switch grid.slots[r][column] {
      case .origin(let p): text = p.cell.text
      case .covered(let br, let bc):
        guard br == r, case .origin(let p) = grid.slots[br][bc] else { continue }
        text = p.cell.text
      }
      if !text.isEmpty, parts.last != text { parts.append(text) }
    }
    return parts.map(MarkdownText.inline).joined(separator: " / ")
  }
}
