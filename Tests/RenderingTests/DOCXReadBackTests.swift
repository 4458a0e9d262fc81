import Foundation
import Rendering
import Testing

/// The DOCX read back by python-docx (Debian's python3-docx) and Python's zipfile.
@Suite struct DOCXReadBackTests {
  static let readBack = """
    import json, sys, zipfile
    import docx
    from docx.oxml.ns import qn
    path = sys.argv[1]
    d = docx.Document(path)
    def fonts(style):
        rpr = style.element.rPr
        rf = rpr.find(qn('w:rFonts')) if rpr is not None else None
        size = style.font.size.pt if style.font.size is not None else None
        return {'eastAsia': rf.get(qn('w:eastAsia')) if rf is not None else None,
                'ascii': rf.get(qn('w:ascii')) if rf is not None else None,
                'size': size, 'bold': bool(style.font.bold)}
    tables = []
    for t in d.tables:
        ids, rows, repeat = {}, [], []
        for row in t.rows:
            cells = row.cells
            rows.append([[c.text, ids.setdefault(id(c._tc), len(ids))] for c in cells])
            trpr = row._tr.trPr
            repeat.append(trpr is not None and trpr.find(qn('w:tblHeader')) is not None)
        tables.append({'rows': rows, 'repeats': repeat})
    s = d.sections[0]
    z = zipfile.ZipFile(path)
    footers = [z.read(n).decode('utf-8') for n in z.namelist() if n.startswith('word/footer')]
    print(json.dumps({
        'paragraphs': [[p.style.name, p.text] for p in d.paragraphs],
        'bold_runs': [r.text for p in d.paragraphs for r in p.runs if r.bold],
        'tables': tables,
        'styles': {n: fonts(d.styles[n]) for n in ['Normal', 'Title', 'Heading 1',
                                                    'Heading 2', 'Heading 3']},
        'page': [s.page_width.twips, s.page_height.twips],
        'margins_mm': [round(m.mm, 1) for m in [s.top_margin, s.bottom_margin,
                                                 s.left_margin, s.right_margin]],
        'footers_with_page_field': sum(1 for f in footers if ' PAGE ' in f),
        'title': d.core_properties.title,
        'created': str(d.core_properties.created),
        'entries': z.namelist(),
        'dates': sorted({i.date_time for i in z.infolist()}),
    }, ensure_ascii=False))
    """

  struct Styles: Decodable {
    var eastAsia: String?
    var ascii: String?
    var size: Double?
    var bold: Bool
  }

  struct TableRead: Decodable {
    /// Each cell as [text, id]; merged positions share an id.
    var rows: [[Cell]]
    var repeats: [Bool]

    enum Cell: Decodable {
      case pair(String, Int)
      init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        self = .pair(try c.decode(String.self), try c.decode(Int.self))
      }
      var text: String { if case .pair(let t, _) = self { t } else { "" } }
      var id: Int { if case .pair(_, let i) = self { i } else { -1 } }
    }
  }

  struct Read: Decodable {
    var paragraphs: [[String]]
    var bold_runs: [String]
    var tables: [TableRead]
    var styles: [String: Styles]
    var page: [Int]
    var margins_mm: [Double]
    var footers_with_page_field: Int
    var title: String?
    var created: String
    var entries: [String]
    var dates: [[Int]]
  }

  static func read() throws -> Read? {
    guard Reader.pythonHas("docx") else { return nil }
    let docx = try DOCXWriter().render(SampleDocument.document)
    return try Reader.withFiles([("sample.docx", docx)]) {
      try Reader.python(readBack, $0, as: Read.self)
    }
  }

  @Test func textAndStylesReadBack() throws {
    guard let read = try Self.read() else {
      Issue.record("python3-docx is not installed; Scripts/setup.sh installs it")
      return
    }
    #expect(read.paragraphs.first == ["Title", "城南中学2026年11月工作小结"])
    #expect(read.paragraphs.contains(["Heading 1", "一、总体情况"]))
    #expect(read.paragraphs.contains(["Heading 2", "（一）分类完成情况"]))
    #expect(read.paragraphs.contains(["Caption", "表1 各类工作完成情况"]))
    #expect(read.paragraphs.contains(["Figure Caption", "图2 近三个月完成率（%）"]))
    #expect(read.paragraphs.contains(["Normal", "本月应办事项25项，按时完成24项，逾期1项，按时完成率96.0%。"]))
    #expect(read.paragraphs.contains(["List Paragraph", "2.组织校舍安全复查。"]))
    #expect(read.bold_runs.contains("25项"))
    #expect(read.title == "城南中学2026年11月工作小结")
    #expect(read.created == "None", "no creation timestamp")
  }

  @Test func fontsFollowGBT9704() throws {
    guard let read = try Self.read() else {
      Issue.record("python3-docx is not installed; Scripts/setup.sh installs it")
      return
    }
    // GB/T 9704-2012 §7.3: title 2号小标宋; body 3号仿宋; level-1 headings 黑体, level-2 楷体.
    #expect(read.styles["Title"]?.eastAsia == "方正小标宋简体")
    #expect(read.styles["Title"]?.size == 22)
    #expect(read.styles["Normal"]?.eastAsia == "仿宋_GB2312")
    #expect(read.styles["Normal"]?.size == 16)
    #expect(read.styles["Heading 1"]?.eastAsia == "黑体")
    #expect(read.styles["Heading 1"]?.size == 16)
    #expect(read.styles["Heading 2"]?.eastAsia == "楷体_GB2312")
    #expect(read.styles["Heading 3"]?.bold == true)
  }

  @Test func pageIsA4WithOfficialMargins() throws {
    guard let read = try Self.read() else {
      Issue.record("python3-docx is not installed; Scripts/setup.sh installs it")
      return
    }
    #expect(read.page == [11906, 16838])
    #expect(read.margins_mm == [37, 35, 28, 26])
    #expect(read.footers_with_page_field == 2, "odd and even footers carry a PAGE field")
  }

  @Test func tablesKeepMergesAndRepeatTheirHeader() throws {
    guard let read = try Self.read() else {
      Issue.record("python3-docx is not installed; Scripts/setup.sh installs it")
      return
    }
    // Key figures, completion table, overdue table (charts are chart parts, not tables).
    try #require(read.tables.count == 3)
    let completion = read.tables[1]
    #expect(completion.repeats == [true, true, false, false, false])
    #expect(completion.rows[0].map(\.text) == ["类别", "事项", "完成情况", "完成情况", "完成情况"])
    #expect(completion.rows[1].map(\.text) == ["类别", "事项", "按时", "逾期", "完成率"])
    #expect(completion.rows[3].map(\.text) == ["教学常规", "作业批改", "8", "0", "100%"])
    // Same ids: the header's colspan, the category's rowspan.
    #expect(Set(completion.rows[0][2...].map(\.id)).count == 1)
    #expect(completion.rows[0][0].id == completion.rows[1][0].id)
    #expect(completion.rows[2][0].id == completion.rows[3][0].id)
    #expect(completion.rows[3][1].id != completion.rows[2][1].id)
    let overdue = read.tables[2]
    #expect(overdue.rows[2].map(\.text) == ["家长会记录", "李主任", "材料含\"签到表\"\n另附照片"])
    #expect(overdue.rows[3][0].text == "A|B <测试> & 校验")
    #expect(read.tables[0].rows[0].map(\.text) == ["指标", "数值", "目标"])
  }

  @Test func zipEntriesHaveAFixedDateAndTheExpectedParts() throws {
    guard let read = try Self.read() else {
      Issue.record("python3-docx is not installed; Scripts/setup.sh installs it")
      return
    }
    #expect(read.dates == [[1980, 1, 1, 0, 0, 0]])
    #expect(read.entries.first == "[Content_Types].xml")
    for part in [
      "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
      "word/footer1.xml", "docProps/core.xml",
    ] {
      #expect(read.entries.contains(part))
    }
  }
}
