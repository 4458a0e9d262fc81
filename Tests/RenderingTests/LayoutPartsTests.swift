import Foundation
import Testing

@testable import Rendering

/// The layout choices as they stand in the files: the DOCX parts read with Python's zipfile
/// and ElementTree, the HTML as text.
@Suite struct LayoutPartsTests {
  static let read = """
    import json, sys, zipfile, xml.etree.ElementTree as ET
    W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
    z = zipfile.ZipFile(sys.argv[1])
    fonts = {}
    for f in ET.fromstring(z.read('word/fontTable.xml')).iter(W + 'font'):
        alt = f.find(W + 'altName')
        fonts[f.get(W + 'name')] = {'alt': alt.get(W + 'val') if alt is not None else '',
                                    'charset': f.find(W + 'charset').get(W + 'val')}
    doc = ET.fromstring(z.read('word/document.xml'))
    grid = doc.find('.//' + W + 'docGrid')
    styles = ET.fromstring(z.read('word/styles.xml'))
    normal = [s for s in styles.iter(W + 'style') if s.get(W + 'styleId') == 'Normal'][0]
    condensed = normal.find(W + 'rPr/' + W + 'spacing').get(W + 'val')
    paras = []
    for p in doc.iter(W + 'p'):
        text = ''.join(t.text or '' for t in p.iter(W + 't'))
        breaks = len(list(p.iter(W + 'br')))
        keep = p.find(W + 'pPr/' + W + 'keepNext') is not None
        paras.append([text, breaks, keep])
    rels = z.read('word/_rels/document.xml.rels').decode()
    types = z.read('[Content_Types].xml').decode()
    print(json.dumps({'fonts': fonts, 'grid': {k.replace(W, ''): v for k, v in grid.attrib.items()},
                      'paras': paras, 'related': 'fontTable.xml' in rels, 'condensed': condensed,
                      'typed': 'fontTable+xml' in types}, ensure_ascii=False))
    """

  struct Parts: Decodable {
    struct Font: Decodable, Equatable {
      var alt: String
      var charset: String
    }
    var fonts: [String: Font]
    var grid: [String: String]
    var paras: [[Value]]
    var related: Bool
    var typed: Bool
    var condensed: String
    enum Value: Decodable, Equatable {
      case text(String), count(Int), flag(Bool)
      init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) {
          self = .flag(b)
        } else if let i = try? c.decode(Int.self) {
          self = .count(i)
        } else {
          self = .text(try c.decode(String.self))
        }
      }
    }
  }

  static let document = Document(
    title: "清远市清城区教育局2026年第四季度各下属单位工作情况通报",
    blocks: [
      .paragraph(Paragraph("正文。")),
      .paragraph(Paragraph("特此通报。")),
      .signature(Signature(lines: ["清城区教育局"], date: "2026年12月1日")),
    ])

  func parts() throws -> Parts {
    let docx = try DOCXWriter().render(Self.document)
    return try Reader.withFiles([("parts.docx", docx)]) { paths in
      try Reader.python(Self.read, paths, as: Parts.self)
    }
  }

  @Test func theFontTableNamesFallbacks() throws {
    let p = try parts()
    #expect(p.related && p.typed)
    #expect(p.fonts["仿宋_GB2312"] == .init(alt: "仿宋,FangSong,STFangsong,Noto Serif CJK SC", charset: "86"))
    #expect(p.fonts["方正小标宋简体"]?.alt.hasPrefix("华文中宋,STZhongsong,SimSun") == true)
    #expect(p.fonts["黑体"] == .init(alt: "SimHei,Heiti SC,Noto Sans CJK SC", charset: "86"))
    #expect(p.fonts["Times New Roman"]?.charset == "00")
  }

  @Test func bodyTextIsCondensedTo28CharactersALine() throws {
    // 8844 twips = 442.2 pt; 28 × 16 pt = 448 pt does not fit, 28 × (16 − 0.3) = 439.6 pt
    // does, 29 × 15.7 = 455.3 pt does not: −0.3 pt is −6 twentieths of a point.
    let p = try parts()
    #expect(p.condensed == "-6")
    #expect(p.grid == ["type": "lines", "linePitch": "579"])
  }

  @Test func theTitleBreaksBetweenWordsAndTheSignatureKeepsWithTheText() throws {
    let p = try parts()
    #expect(p.paras[0] == [.text("清远市清城区教育局2026年第四季度各下属单位工作情况通报"), .count(1), .flag(false)])
    // 正文 is free; 特此通报, the two blank lines and the issuer keep with what follows.
    #expect(p.paras.map { $0[2] } == [false, false, true, true, true, true, false].map(Parts.Value.flag))
  }

  @Test func htmlTitlesBreakAndTheClosingPrintsTogether() throws {
    let html = String(decoding: try HTMLWriter().render(Self.document), as: UTF8.self)
    #expect(html.contains("<h1 class=\"title\">清远市清城区教育局2026年第四季度<br>各下属单位工作情况通报</h1>"))
    #expect(html.contains("text-wrap: balance"))
    #expect(
      html.contains(
        "<div class=\"closing\">\n<p>特此通报。</p>\n<div class=\"signature\">\n<p>清城区教育局</p>\n"
          + "<p>2026年12月1日</p>\n</div>\n</div>\n"))
    #expect(html.contains(".closing { break-inside: avoid;"))
  }

  @Test func htmlCellsKeepDatesCountsAndShortHeadersWhole() {
    #expect(HTMLText.cell("已逾期", header: true) == "<span class=\"nobr\">已逾期</span>")
    #expect(HTMLText.cell("最早应完成时间", header: true) == "最早应完成时间")
    #expect(
      HTMLText.cell("截至2026-11-27共3 次", header: false)
        == "截至<span class=\"nobr\">2026-11-27</span>共<span class=\"nobr\">3 次</span>")
    #expect(HTMLText.cell("92.5%", header: false) == "92.5%")
  }
}
