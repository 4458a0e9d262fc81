/// `word/document.xml`: blocks as WordprocessingML paragraphs and tables.
struct DOCXBody {
  private var numbering = Numbering()
  private var xml = ""
  /// Whether the paragraphs being added are kept on the page of the next block: set for
  /// the block before a signature, so the signature never stands alone on a new page.
  private var keepNext = false
  /// Charts drawn natively, in order; chart n is `word/charts/chart<n>.xml`.
  private(set) var charts: [Chart] = []
  /// Whether charts become a caption and a data table instead of chart parts.
  let chartsAsTables: Bool

  /// The whole document part for `doc`, which must already be valid, and the charts it
  /// places (each needs its own part).
  static func xml(_ doc: Document, chartsAsTables: Bool) throws -> (String, [Chart]) {
    var body = DOCXBody(chartsAsTables: chartsAsTables)
    // Long titles break between words into balanced lines (GB/T 9704: 词意完整，排列对称).
    let title = TitleLines.split(doc.title, width: GBT9704.titleColumns).joined(separator: "\n")
    body.paragraph(style: "Title", runs: [Run(title)])
    if let subtitle = doc.subtitle { body.paragraph(style: "Subtitle", runs: [Run(subtitle)]) }
    if let addressee = doc.addressee { body.paragraph(style: "Addressee", runs: [Run(addressee)]) }
    for (i, block) in doc.blocks.enumerated() {
      let next = i + 1 < doc.blocks.count ? doc.blocks[i + 1] : nil
      if case .signature? = next { body.keepNext = true }
      try body.add(block)
      body.keepNext = false
    }
    let xml =
      DOCXPackage.header
      + "<w:document xmlns:w=\"\(DOCXPackage.wNS)\" xmlns:r=\"\(DOCXPackage.rNS)\"><w:body>"
      + body.xml + section + "</w:body></w:document>"
    return (xml, body.charts)
  }

  private mutating func add(_ block: Block) throws {
    switch block {
    case .heading(let h):
      paragraph(style: "Heading\(min(h.level, 3))", runs: [Run(h.text)])
    case .paragraph(let p):
      paragraph(style: nil, runs: p.runs)
    case .list(let l):
      for (i, item) in l.items.enumerated() {
        let marker = l.ordered ? "\(i + 1)." : "• "
        paragraph(style: "ListParagraph", runs: [Run(marker)] + item.runs, last: i == l.items.count - 1)
      }
    case .table(let t):
      if let caption = numbering.tableCaption(t.caption) {
        paragraph(style: "Caption", runs: [Run(caption)])
      }
      xml += try DOCXTable.xml(t) + Self.spacer
    case .keyFigures(let k):
      let table = Table(
        header: ["指标", "数值", "目标"],
        body: k.items.map { [$0.label, $0.value, $0.target ?? "—"] },
        alignments: [.left, .right, .right])
      xml += try DOCXTable.xml(table) + Self.spacer
    case .chart(let c) where chartsAsTables:
      paragraph(style: "Caption", runs: [Run(numbering.chartCaption(c.title))])
      xml += try DOCXTable.xml(ChartTable.table(c)) + Self.spacer
    case .chart(let c):
      charts.append(c)
      let n = charts.count
      xml +=
        "<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr>"
        + DOCXChart.drawing(number: n, rId: "rId\(n + 4)", title: c.title) + "</w:p>"
      let unit = c.unit.map { "（\($0)）" } ?? ""
      paragraph(style: "FigureCaption", runs: [Run(numbering.chartCaption(c.title) + unit)])
    case .pageBreak:
      xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
    case .signature(let s):
      // 空二行 before the signature, as GB/T 9704 places it; all kept with the date.
      xml += "<w:p><w:pPr><w:keepNext/></w:pPr></w:p><w:p><w:pPr><w:keepNext/></w:pPr></w:p>"
      let lines = s.lines + [s.date]
      for (i, line) in lines.enumerated() {
        keepNext = i < lines.count - 1
        paragraph(style: "Signature", runs: [Run(line)])
      }
    }
  }

  /// A small empty paragraph after each table: keeps the next block off the table's border
  /// and stops Word from joining two adjacent tables into one.
  static let spacer =
    "<w:p><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" "
    + "w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:p>"

  /// A paragraph; `last` is false for list items before the last, which need no keepNext.
  private mutating func paragraph(style: String?, runs: [Run], last: Bool = true) {
    xml += "<w:p>"
    let keep = keepNext && last ? "<w:keepNext/>" : ""
    if let style {
      xml += "<w:pPr><w:pStyle w:val=\"\(style)\"/>\(keep)</w:pPr>"
    } else if !keep.isEmpty {
      xml += "<w:pPr>\(keep)</w:pPr>"
    }
    xml += runs.map(Self.run).joined() + "</w:p>"
  }

  /// One run; emphasis is bold (strong) or the CJK emphasis dot (em).
  static func run(_ run: Run) -> String {
    let props: String =
      switch run.emphasis {
      case .strong?: "<w:rPr><w:b/><w:bCs/></w:rPr>"
      case .em?: "<w:rPr><w:em w:val=\"dot\"/></w:rPr>"
      case nil: ""
      }
    return "<w:r>\(props)\(text(run.text))</w:r>"
  }

  /// Run content: text pieces with line breaks and tabs as their own elements.
  static func text(_ s: String) -> String {
    var out = ""
    var piece = ""
    func flush() {
      if !piece.isEmpty { out += "<w:t xml:space=\"preserve\">\(XMLText.escape(piece))</w:t>" }
      piece = ""
    }
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\n": flush(); out += "<w:br/>"
      case "\r": break
      case "\t": flush(); out += "<w:tab/>"
      default: piece.unicodeScalars.append(scalar)
      }
    }
    flush()
    return out
  }

  private static var section: String {
    typealias G = GBT9704
    return "<w:sectPr>"
      + "<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
      + "<w:footerReference w:type=\"even\" r:id=\"rId4\"/>"
      + "<w:pgSz w:w=\"\(G.pageWidth)\" w:h=\"\(G.pageHeight)\"/>"
      + "<w:pgMar w:top=\"\(G.marginTop)\" w:right=\"\(G.marginRight)\" "
      + "w:bottom=\"\(G.marginBottom)\" w:left=\"\(G.marginLeft)\" w:header=\"851\" "
      + "w:footer=\"\(G.footerDistance)\" w:gutter=\"0\"/>"
      + "<w:cols w:space=\"425\"/>"
      + "<w:docGrid w:type=\"lines\" w:linePitch=\"\(G.linePitch)\"/>"
      + "</w:sectPr>"
  }
}
