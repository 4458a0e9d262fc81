import Foundation
import Rendering
import Testing

@Suite struct MarkdownWriterTests {
  @Test func sampleMatchesTheReviewedGoldenFile() throws {
    try Golden.check(MarkdownWriter().render(SampleDocument.document), name: "sample.md")
  }

  @Test func tablesWithoutMergesMatchTheirGoldenFile() throws {
    let doc = Document(
      title: "简表",
      blocks: [
        .table(
          Table(
            header: ["单位", "完成率", "逾期"],
            body: [["城南中学", "96%", "1"], ["东关小学", "100%", "0"]],
            alignments: [.left, .right, .center]))
      ])
    try Golden.check(MarkdownWriter().render(doc), name: "plain-table.md")
  }

  @Test func pipesInCellsAreEscaped() throws {
    let text = String(decoding: try MarkdownWriter().render(SampleDocument.document), as: UTF8.self)
    #expect(text.contains("| A\\|B \\<测试\\> & 校验 |"))
  }
}
