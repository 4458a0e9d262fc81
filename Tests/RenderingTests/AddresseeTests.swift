import Foundation
import Rendering
import Testing

/// The addressee (主送机关) of a circular: after the title, flush left with no first-line
/// indent in every format (GB/T 9704-2012 §7.3.2), read back by python-docx and
/// html.parser rather than searched for in our own output.
@Suite struct AddresseeTests {
  static let document = Document(
    title: "县教育局关于2026年第四季度工作情况的通报", addressee: "各下属单位：",
    blocks: [.paragraph(Paragraph("现将本季度台账工作完成情况通报如下。"))])

  @Test func docxPutsItFlushLeftAfterTheTitle() throws {
    guard Reader.pythonHas("docx") else {
      Issue.record("python3-docx is not installed; Scripts/setup.sh installs it")
      return
    }
    let script = """
      import json, sys, docx
      d = docx.Document(sys.argv[1])
      def indent(p):
          ind = p.style.element.pPr.find(docx.oxml.ns.qn('w:ind'))
          return None if ind is None else ind.get(docx.oxml.ns.qn('w:firstLineChars'))
      print(json.dumps([[p.style.name, p.text, str(p.style.paragraph_format.alignment), indent(p)]
                        for p in d.paragraphs], ensure_ascii=False))
      """
    let read = try Reader.withFiles([("circular.docx", try DOCXWriter().render(Self.document))]) {
      try Reader.python(script, $0, as: [[String?]].self)
    }
    #expect(read.count == 3)
    #expect(read[0][0] == "Title")
    #expect(read[1] == ["Addressee", "各下属单位：", "LEFT (0)", "0"])
    #expect(read[2][0] == "Normal" && read[2][3] == "200", "the body keeps its two-character indent")
  }

  @Test func htmlAndMarkdownCarryItTooAndJSONOnlyWhenSet() throws {
    let html = String(decoding: try HTMLWriter().render(Self.document), as: UTF8.self)
    #expect(html.contains("<p class=\"addressee\">各下属单位：</p>"))
    #expect(html.contains(".addressee { text-indent: 0; }"))
    let markdown = String(decoding: try MarkdownWriter().render(Self.document), as: UTF8.self)
    #expect(markdown.hasPrefix("# 县教育局关于2026年第四季度工作情况的通报\n\n各下属单位：\n\n现将"))
    let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(Self.document)) as? [String: Any]
    #expect(json?["addressee"] as? String == "各下属单位：")
    let plain = try JSONSerialization.jsonObject(
      with: try JSONEncoder().encode(Document(title: "t"))) as? [String: Any]
    #expect(plain?.keys.contains("addressee") == false)
  }
}
