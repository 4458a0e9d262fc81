import Foundation
import Rendering
import Testing

/// Text that XML cannot hold as is still yields well-formed parts (checked by Python's
/// zipfile and ElementTree, a reader independent of the writer).
@Suite struct DOCXEscapingTests {
  static let readBack = """
    import json, sys, zipfile
    import xml.etree.ElementTree as ET
    W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
    z = zipfile.ZipFile(sys.argv[1])
    for name in z.namelist():
        if name.endswith('.xml') or name.endswith('.rels'):
            ET.fromstring(z.read(name))
    body = ET.fromstring(z.read('word/document.xml'))
    paras = [''.join(t.text or '' for t in p.iter(W + 't')) for p in body.iter(W + 'p')]
    title = ET.fromstring(z.read('docProps/core.xml'))
    print(json.dumps({'paragraphs': [p for p in paras if p],
                      'title': title.find('{http://purl.org/dc/elements/1.1/}title').text},
                     ensure_ascii=False))
    """

  struct Read: Decodable {
    var paragraphs: [String]
    var title: String
  }

  @Test func markupAndControlCharactersStayWellFormed() throws {
    let doc = Document(
      title: "标题 <&> \"引号\" 'x'",
      blocks: [
        .paragraph(Paragraph(runs: [Run("a\u{0}b\u{1B}c < d && e > f")])),
        .table(Table(header: ["]]>", "</w:t>"], body: [["\u{FFFF}ok", "x\ty"]])),
      ])
    let read = try Reader.withFiles([("escape.docx", try DOCXWriter().render(doc))]) {
      try Reader.python(Self.readBack, $0, as: Read.self)
    }
    #expect(read.title == "标题 <&> \"引号\" 'x'")
    // NUL, ESC and U+FFFF are not allowed in XML 1.0 and are dropped; the rest is kept.
    #expect(read.paragraphs.contains("abc < d && e > f"))
    #expect(read.paragraphs.contains("]]>"))
    #expect(read.paragraphs.contains("</w:t>"))
    #expect(read.paragraphs.contains("ok"))
    #expect(read.paragraphs.contains("xy"), "the tab becomes a w:tab element between two texts")
  }
}
