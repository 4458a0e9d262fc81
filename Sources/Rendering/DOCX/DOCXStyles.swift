/// `word/styles.xml`: the GB/T 9704 type scheme as named paragraph styles.
enum DOCXStyles {
  typealias G = GBT9704

  static func fonts(_ eastAsia: String, latin: String = G.latin) -> String {
    "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(eastAsia)\" "
      + "w:cs=\"\(latin)\"/>"
  }

  static func size(_ halfPoints: Int) -> String {
    "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
  }

  /// Paragraphs that should not snap to the document's 22-line grid (tables, captions).
  static let offGrid = "<w:snapToGrid w:val=\"0\"/>"
  static let noIndent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
  static let exactLine =
    "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(G.linePitch)\" "
    + "w:lineRule=\"exact\"/>"

  static func style(
    _ id: String, name: String, basedOn: String? = "Normal", next: String? = nil,
    pPr: String = "", rPr: String = ""
  ) -> String {
    let isDefault = id == "Normal" ? " w:default=\"1\"" : ""
    var s = "<w:style w:type=\"paragraph\"\(isDefault) w:styleId=\"\(id)\">"
    s += "<w:name w:val=\"\(name)\"/>"
    if let basedOn { s += "<w:basedOn w:val=\"\(basedOn)\"/>" }
    if let next { s += "<w:next w:val=\"\(next)\"/>" }
    s += "<w:qFormat/>"
    if !pPr.isEmpty { s += "<w:pPr>\(pPr)</w:pPr>" }
    if !rPr.isEmpty { s += "<w:rPr>\(rPr)</w:rPr>" }
    return s + "</w:style>"
  }

  static var xml: String {
    let defaults =
      "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts(G.bodyFont))\(size(G.size3))"
      + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
      + "<w:pPrDefault><w:pPr>\(exactLine)</w:pPr></w:pPrDefault></w:docDefaults>"
    let heading = { (level: Int, font: String, bold: Bool) in
      style(
        "Heading\(level)", name: "heading \(level)", next: "Normal",
        pPr: "<w:keepNext/><w:keepLines/><w:outlineLvl w:val=\"\(level - 1)\"/>",
        rPr: fonts(font) + (bold ? "<w:b/><w:bCs/>" : "") + size(G.size3))
    }
    let styles = [
      style(
        "Normal", name: "Normal", basedOn: nil,
        pPr: "<w:widowControl/>\(exactLine)"
          + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(G.char3 * 2)\"/>"
          + "<w:jc w:val=\"both\"/>",
        // Condensed so 28 characters fill a line (GBT9704.characterSpacing).
        rPr: fonts(G.bodyFont) + "<w:spacing w:val=\"\(G.characterSpacing)\"/>" + size(G.size3)),
      style(
        "Title", name: "Title", next: "Subtitle",
        pPr:
          "<w:spacing w:before=\"0\" w:after=\"\(G.linePitch)\" w:line=\"\(G.linePitch * 5 / 4)\" "
          + "w:lineRule=\"exact\"/>\(noIndent)<w:jc w:val=\"center\"/>",
        rPr: fonts(G.titleFont, latin: G.titleFont) + size(G.size2)),
      style(
        "Subtitle", name: "Subtitle", next: "Normal",
        pPr: "<w:spacing w:before=\"0\" w:after=\"\(G.linePitch)\" w:line=\"\(G.linePitch)\" "
          + "w:lineRule=\"exact\"/>\(noIndent)<w:jc w:val=\"center\"/>",
        rPr: fonts(G.bodyFont) + size(G.size3)),
      style(
        "Addressee", name: "Addressee", next: "Normal",
        pPr: noIndent + "<w:jc w:val=\"left\"/>"),
      heading(1, G.headingFont, false),
      heading(2, G.subheadingFont, false),
      heading(3, G.bodyFont, true),
      style("ListParagraph", name: "List Paragraph"),
      style(
        "Caption", name: "caption", next: "Normal",
        pPr: "<w:keepNext/>\(offGrid)<w:spacing w:before=\"120\" w:after=\"60\" w:line=\"360\" "
          + "w:lineRule=\"auto\"/>\(noIndent)<w:jc w:val=\"center\"/>",
        rPr: fonts(G.headingFont) + size(G.size4)),
      style(
        "Figure", name: "Figure",
        pPr: "<w:keepNext/>\(offGrid)<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" "
          + "w:lineRule=\"auto\"/>\(noIndent)<w:jc w:val=\"center\"/>"),
      style(
        "FigureCaption", name: "Figure Caption", basedOn: "Caption", next: "Normal",
        pPr: "<w:keepNext w:val=\"0\"/><w:spacing w:before=\"60\" w:after=\"120\"/>"),
      style(
        "TableText", name: "Table Text",
        pPr: offGrid + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"300\" "
          + "w:lineRule=\"auto\"/>" + noIndent + "<w:jc w:val=\"left\"/>",
        rPr: fonts(G.bodyFont) + size(G.sizeSmall4)),
      style(
        "TableHeading", name: "Table Heading", basedOn: "TableText",
        pPr: "<w:keepNext/><w:jc w:val=\"center\"/>",
        rPr: fonts(G.headingFont) + size(G.sizeSmall4)),
      style(
        "Signature", name: "Signature",
        pPr: "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\" w:rightChars=\"400\" "
          + "w:right=\"\(G.char3 * 4)\"/>"
          + "<w:jc w:val=\"right\"/>"),
      style(
        "Footer", name: "footer",
        pPr: offGrid + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" "
          + "w:lineRule=\"auto\"/>" + noIndent,
        rPr: fonts(G.pageNumberFont, latin: G.pageNumberFont) + size(G.size4)),
    ]
    return DOCXPackage.header + "<w:styles xmlns:w=\"\(DOCXPackage.wNS)\">" + defaults
      + styles.joined() + "</w:styles>"
  }
}
