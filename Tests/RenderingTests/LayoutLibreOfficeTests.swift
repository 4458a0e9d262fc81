import Foundation
import Rendering
import Testing

/// The page as a reader sees it: DOCX converted to PDF by LibreOffice and read back with
/// `pdftotext -layout` (one line of text per printed line, spaces removed before comparing).
@Suite(.serialized) struct LayoutLibreOfficeTests {
  static let title = "清远市清城区教育局2026年第四季度各下属单位工作情况通报"
  /// 60 characters without punctuation: on a 28-character grid the first line (indented two
  /// characters) holds 26, the second 28, the third the last 6.
  static let gridText = String(repeating: "甲乙丙丁戊己庚辛壬癸", count: 6)

  static let overdue = Table(
    caption: "逾期事项",
    header: ["事项", "类别", "逾期次数", "最早应完成", "已逾期", "责任人"],
    body: [
      ["十月教学常规月报检查及整改情况汇总材料报送", "教学常规管理", "2 次", "2026-11-27", "3 天", "教导主任 王立新、副主任 李红梅"],
      ["校园安全隐患排查整治及台账更新", "平安校园建设", "1 次", "2026-11-30", "12 天", "总务主任 张国强"],
    ],
    alignments: [.left, .left, .right, .center, .right, .left])

  static let layout = Document(
    title: title,
    blocks: [
      .paragraph(Paragraph(gridText)),
      .table(overdue),
      .chart(
        Chart(
          kind: .bar, title: "各类别完成率", categories: ["教学常规", "平安校园", "德育"],
          series: [Series(name: "完成率", values: [100, 96.5, 100])], unit: "%")),
    ])

  @Test func titleTableAndGridReadAsTheyShould() throws {
    let docx = try DOCXWriter().render(Self.layout)
    let pages = try Office.convert([("layout.docx", docx)], to: "pdf") { paths in
      try Office.pages(ofPDF: paths[0])
    }
    let lines = pages.flatMap(Office.lines)
    // The title in two balanced lines broken after the period, none a lone character.
    #expect(Array(lines.prefix(2)) == ["清远市清城区教育局2026年第四季度", "各下属单位工作情况通报"])
    // 28 characters a line of 三号 text: 26 after the two-character indent, then 28.
    let grid = lines.filter { !$0.isEmpty && $0.allSatisfy { "甲乙丙丁戊己庚辛壬癸".contains($0) } }
    #expect(grid.map(\.count) == [26, 28, 6])
    // Short headers on one line; dates and counts whole.
    for whole in ["逾期次数", "已逾期", "责任人", "2026-11-27", "2026-11-30", "2次", "12天"] {
      #expect(lines.contains { $0.contains(whole) }, "\(whole) is split across lines")
    }
    // The percentage axis runs to 100, not 120.
    let chartText = lines.joined(separator: "\n")
    #expect(chartText.contains("100") && !chartText.contains("120"), "axis: \(chartText)")
  }

  @Test func theSignatureNeverStandsAloneOnAPage() throws {
    // Documents of 12 to 26 one-line paragraphs: for some of them the end of the text falls
    // at the foot of page 1, where the blank lines and the signature would spill over.
    let counts = Array(12...26)
    let files = try counts.map { n in
      let blocks: [Block] =
        (1...n).map { .paragraph(Paragraph("第\($0)段正文。")) }
        + [.signature(Signature(lines: ["城南中学办公室"], date: "2026年12月1日"))]
      return (name: "sig-\(n).docx", data: try DOCXWriter().render(Document(title: "落款测试", blocks: blocks)))
    }
    try Office.convert(files, to: "pdf") { paths in
      for (n, path) in zip(counts, paths) {
        let pages = try Office.pages(ofPDF: path).map(Office.lines)
        guard let page = pages.first(where: { $0.contains("2026年12月1日") }) else {
          Issue.record("\(n) paragraphs: no date in the PDF")
          continue
        }
        #expect(page.contains("第\(n)段正文。"), "\(n) paragraphs: the date is on a page without the last paragraph")
        #expect(page.contains("城南中学办公室"), "\(n) paragraphs: the issuer and the date are apart")
      }
    }
  }
}
