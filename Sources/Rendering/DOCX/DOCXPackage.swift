/// The fixed parts of the Word package: content types, relationships, settings, footers
/// and document properties (without timestamps, so output stays byte-identical).
enum DOCXPackage {
  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let rNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let relNS = "http://schemas.openxmlformats.org/package/2006/relationships"
  private static let ct = "application/vnd.openxmlformats-officedocument.wordprocessingml."

  /// `[Content_Types].xml` for a package with `charts` chart parts.
  static func contentTypes(charts: Int) -> String {
    let chartTypes = (0..<charts).map {
      "<Override PartName=\"/word/charts/chart\($0 + 1).xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
    }.joined()
    return header + """
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" \
      ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/word/document.xml" ContentType="\(ct)document.main+xml"/>\
      <Override PartName="/word/styles.xml" ContentType="\(ct)styles+xml"/>\
      <Override PartName="/word/settings.xml" ContentType="\(ct)settings+xml"/>\
      <Override PartName="/word/fontTable.xml" ContentType="\(ct)fontTable+xml"/>\
      <Override PartName="/word/footer1.xml" ContentType="\(ct)footer+xml"/>\
      <Override PartName="/word/footer2.xml" ContentType="\(ct)footer+xml"/>\
      <Override PartName="/docProps/core.xml" \
      ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
      <Override PartName="/docProps/app.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
      \(chartTypes)</Types>
      """
  }

  static let packageRelationships =
    header + """
      <Relationships xmlns="\(relNS)">\
      <Relationship Id="rId1" Type="\(rNS)/officeDocument" Target="word/document.xml"/>\
      <Relationship Id="rId2" \
      Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
      Target="docProps/core.xml"/>\
      <Relationship Id="rId3" Type="\(rNS)/extended-properties" Target="docProps/app.xml"/>\
      </Relationships>
      """

  /// The document part's relationships: styles, settings, the two footers, the font table
  /// (rIdFonts), then charts as rId5, rId6, ….
  static func documentRelationships(charts: Int) -> String {
    let chartRels = (0..<charts).map {
      "<Relationship Id=\"rId\($0 + 5)\" Type=\"\(rNS)/chart\" "
        + "Target=\"charts/chart\($0 + 1).xml\"/>"
    }.joined()
    return header + """
      <Relationships xmlns="\(relNS)">\
      <Relationship Id="rId1" Type="\(rNS)/styles" Target="styles.xml"/>\
      <Relationship Id="rId2" Type="\(rNS)/settings" Target="settings.xml"/>\
      <Relationship Id="rId3" Type="\(rNS)/footer" Target="footer1.xml"/>\
      <Relationship Id="rId4" Type="\(rNS)/footer" Target="footer2.xml"/>\
      <Relationship Id="rIdFonts" Type="\(rNS)/fontTable" Target="fontTable.xml"/>\
      \(chartRels)</Relationships>
      """
  }

  /// Odd and even pages get different footers (page numbers outside), hence
  /// `evenAndOddHeaders`.
  static let settings =
    header + """
      <w:settings xmlns:w="\(wNS)">\
      <w:zoom w:percent="100"/>\
      <w:defaultTabStop w:val="\(GBT9704.char3 * 2)"/>\
      <w:evenAndOddHeaders/>\
      <w:characterSpacingControl w:val="compressPunctuation"/>\
      <w:compat><w:compatSetting w:name="compatibilityMode" \
      w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
      </w:settings>
      """

  /// The page-number footer: "— 7 —" in 宋体 四号, one character in from the outer edge
  /// (right on odd pages, left on even pages).
  static func footer(oddPage: Bool) -> String {
    let placement =
      oddPage
      ? "<w:ind w:right=\"280\"/><w:jc w:val=\"right\"/>"
      : "<w:ind w:left=\"280\"/><w:jc w:val=\"left\"/>"
    func text(_ s: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(s)</w:t></w:r>" }
    return header + """
      <w:ftr xmlns:w="\(wNS)" xmlns:r="\(rNS)">\
      <w:p><w:pPr><w:pStyle w:val="Footer"/>\(placement)</w:pPr>\
      \(text("— "))\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r>\
      <w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r>\
      \(text("1"))\
      <w:r><w:fldChar w:fldCharType="end"/></w:r>\
      \(text(" —"))\
      </w:p></w:ftr>
      """
  }

  /// Core properties: title and creator only; no created/modified dates.
  static func core(title: String, subject: String?) -> String {
    let subjectXML = subject.map { "<dc:subject>\(XMLText.escape($0))</dc:subject>" } ?? ""
    return header + """
      <cp:coreProperties \
      xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
      <dc:title>\(XMLText.escape(title))</dc:title>\(subjectXML)\
      <dc:creator>taizhang</dc:creator>\
      </cp:coreProperties>
      """
  }

  static let app =
    header + """
      <Properties \
      xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
      <Application>taizhang</Application></Properties>
      """
}
