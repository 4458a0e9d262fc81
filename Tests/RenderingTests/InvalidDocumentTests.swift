import Foundation
import Rendering
import Testing

/// Every writer refuses a document it cannot render, with the same message naming the block.
@Suite struct InvalidDocumentTests {
  static let badHeading = Document(
    title: "t", blocks: [.paragraph(Paragraph("ok")), .heading(Heading(level: 9, text: "x"))])

  @Test(arguments: Format.allCases)
  func writersNameTheBadBlock(_ format: Format) {
    #expect(throws: RenderError("heading: heading level 9 is outside 1...6", block: 2)) {
      try format.files(for: Self.badHeading, baseName: "x")
    }
  }

  @Test func overlappingSpansAreRefused() {
    // "b" covers row 2, column 2, where "d" would also reach.
    let table = Table(rows: [
      ["a", Cell("b", rowspan: 2), "c"],
      [Cell("d", colspan: 2), "e"],
    ])
    #expect(throws: RenderError("row 2: two cells overlap at column 2")) {
      try TableGrid(table)
    }
  }

  @Test func theErrorReadsWithItsPlace() {
    let error = RenderError("table: row 2 has no cell for column 2 of 2", block: 4)
    #expect(error.description == "block 4: table: row 2 has no cell for column 2 of 2")
  }
}
