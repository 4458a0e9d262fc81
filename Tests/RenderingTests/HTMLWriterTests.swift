import Foundation
import Rendering
import Testing

@Suite struct HTMLWriterTests {
  /// Parses the page with Python's html.parser, checks every element closes in order,
  /// and parses each inline SVG as XML with ElementTree.
  static let readBack = """
    import json, sys, re
    from html.parser import HTMLParser
    import xml.etree.ElementTree as ET
    VOID = {'meta', 'br', 'img', 'hr', 'link', 'input', 'rect', 'line', 'circle',
            'polyline', 'path'}
    class P(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack, self.errors, self.text, self.tags = [], [], [], {}
            self.spans, self.ths = [], 0
        def handle_starttag(self, tag, attrs):
            self.tags[tag] = self.tags.get(tag, 0) + 1
            a = dict(attrs)
            if 'colspan' in a or 'rowspan' in a:
                self.spans.append([a.get('colspan', '1'), a.get('rowspan', '1')])
            if tag not in VOID:
                self.stack.append(tag)
        def handle_startendtag(self, tag, attrs):
            self.tags[tag] = self.tags.get(tag, 0) + 1
        def handle_endtag(self, tag):
            if not self.stack or self.stack[-1] != tag:
                self.errors.append('unexpected </%s>, open: %s' % (tag, self.stack[-3:]))
            else:
                self.stack.pop()
        def handle_data(self, data):
            self.text.append(data)
    src = open(sys.argv[1], encoding='utf-8').read()
    p = P(); p.feed(src); p.close()
    svgs = re.findall(r'<svg.*?</svg>', src, re.S)
    for s in svgs:
        ET.fromstring(s)
    print(json.dumps({'errors': p.errors, 'unclosed': p.stack, 'text': ''.join(p.text),
                      'tags': p.tags, 'spans': p.spans, 'svgs': len(svgs),
                      'external': bool(re.search(r'(src|href)=', src))}, ensure_ascii=False))
    """

  struct Page: Decodable {
    var errors: [String]
    var unclosed: [String]
    var text: String
    var tags: [String: Int]
    var spans: [[String]]
    var svgs: Int
    var external: Bool
  }

  @Test func pageParsesCleanlyWithTextTablesAndCharts() throws {
    let html = try HTMLWriter().render(SampleDocument.document)
    let page = try Reader.withFiles([("sample.html", html)]) {
      try Reader.python(Self.readBack, $0, as: Page.self)
    }
    #expect(page.errors == [])
    #expect(page.unclosed == [])
    #expect(page.svgs == 2)
    #expect(page.external == false, "the page must be self-contained")
    #expect(page.tags["table"] == 2)
    #expect(page.tags["thead"] == 2)
    #expect(page.tags["polyline"] == 2, "one line per series of the line chart")
    #expect(page.tags["rect", default: 0] >= 3, "three bars in the bar chart")
    // The completion table's spans, in document order.
    #expect(page.spans == [["1", "2"], ["1", "2"], ["3", "1"], ["1", "2"]])
    for phrase in ["城南中学2026年11月工作小结", "按时完成率", "A|B <测试> & 校验", "2026年12月1日"] {
      #expect(page.text.contains(phrase), "missing \(phrase)")
    }
  }

  @Test func pageDeclaresPrintLayoutAndCJKFonts() throws {
    let html = String(decoding: try HTMLWriter().render(SampleDocument.document), as: UTF8.self)
    #expect(html.contains("@page { size: A4;"))
    for font in ["\"SimSun\"", "\"Songti SC\"", "\"Noto Serif CJK SC\""] {
      #expect(html.contains(font))
    }
    #expect(html.contains("<meta charset=\"utf-8\">"))
  }
}
