import Foundation
import Rendering
import Testing

@Suite struct CSVWriterTests {
  /// Reads each file with Python's csv module the way Excel-minded users would: utf-8-sig.
  static let readBack = """
    import csv, json, sys
    out = []
    for path in sys.argv[1:]:
        raw = open(path, 'rb').read()
        with open(path, encoding='utf-8-sig', newline='') as f:
            rows = list(csv.reader(f))
        out.append({'bom': raw.startswith(b'\\xef\\xbb\\xbf'),
                    'crlf': raw.count(b'\\r\\n'), 'lf': raw.count(b'\\n'), 'rows': rows})
    print(json.dumps(out, ensure_ascii=False))
    """

  struct FileRead: Decodable {
    var bom: Bool
    var crlf: Int
    var lf: Int
    var rows: [[String]]
  }

  @Test func oneFilePerTableReadBackByPythonCSV() throws {
    let files = try CSVWriter().renderTables(SampleDocument.document)
    #expect(files.map(\.name) == ["table-01.csv", "table-02.csv"])
    let read = try Reader.withFiles(files) { paths in
      try Reader.python(Self.readBack, paths, as: [FileRead].self)
    }
    try #require(read.count == 2)
    #expect(read.allSatisfy { $0.bom })
    // Merged cells: text once at the top-left, empty fields where the span covers; the
    // rates are bare numbers, their unit on the lower header row.
    #expect(
      read[0].rows == [
        ["类别", "事项", "完成情况", "", ""],
        ["", "", "按时", "逾期", "完成率（%）"],
        ["教学常规", "备课检查", "12", "1", "92.3"],
        ["", "作业批改", "8", "0", "100"],
        ["平安校园", "校舍安全排查", "4", "0", "100"],
      ])
    #expect(
      read[1].rows == [
        ["事项", "责任人", "说明"],
        ["十月教学常规月报", "王老师", "已补交,延误 2 天"],
        ["家长会记录", "李主任", "材料含\"签到表\"\n另附照片"],
        ["A|B <测试> & 校验", "张*三*", "—"],
      ])
    // Every record ends in CRLF; the one LF inside a quoted field is the only bare LF.
    #expect(read[0].crlf == 5 && read[0].lf == 5)
    #expect(read[1].crlf == 4 && read[1].lf == 5)
  }

  @Test func quotingFollowsRFC4180() throws {
    let doc = Document(
      title: "t", blocks: [.table(Table(header: ["a,b", "say \"hi\"", "x"], body: []))])
    let data = try CSVWriter().renderTables(doc)[0].data
    // RFC 4180 §2.6–2.7: fields with commas or quotes are quoted, inner quotes doubled.
    #expect(data == CSVWriter.byteOrderMark + Data("\"a,b\",\"say \"\"hi\"\"\",x\r\n".utf8))
  }

  @Test func aDocumentWithoutTablesGivesNoFiles() throws {
    let doc = Document(title: "t", blocks: [.paragraph(Paragraph("x"))])
    #expect(try CSVWriter().renderTables(doc).isEmpty)
    #expect(try Format.csv.files(for: doc, baseName: "s").isEmpty)
  }
}
