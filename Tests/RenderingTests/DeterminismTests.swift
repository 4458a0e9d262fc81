import Foundation
import Rendering
import Testing

@Suite struct DeterminismTests {
  @Test(arguments: Format.allCases)
  func renderingTwiceGivesTheSameBytes(_ format: Format) throws {
    let first = try format.files(for: SampleDocument.document, baseName: "s")
    let second = try format.files(for: SampleDocument.document, baseName: "s")
    #expect(!first.isEmpty)
    #expect(first == second)
  }

  @Test func aDecodedCopyRendersTheSameDOCX() throws {
    let json = try JSONWriter().render(SampleDocument.document)
    let copy = try JSONWriter.document(from: json)
    let original = try DOCXWriter().render(SampleDocument.document)
    #expect(try DOCXWriter().render(copy) == original)
  }

  @Test func formatsNameTheirFiles() throws {
    let names = try Format.allCases.flatMap {
      try $0.files(for: SampleDocument.document, baseName: "月报").map(\.name)
    }
    #expect(
      names == [
        "月报.docx", "月报.html", "月报.md", "月报-table-01.csv", "月报-table-02.csv", "月报.json",
      ])
  }
}
