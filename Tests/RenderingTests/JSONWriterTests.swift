import Foundation
import Rendering
import Testing

@Suite struct JSONWriterTests {
  @Test func jsonRoundTripsToTheSameDocument() throws {
    let data = try JSONWriter().render(SampleDocument.document)
    #expect(try JSONWriter.document(from: data) == SampleDocument.document)
  }

  @Test func jsonHasSortedKeysAndOneKeyPerBlock() throws {
    let doc = Document(
      title: "标题",
      blocks: [
        .heading(Heading(level: 1, text: "一、概况")), .pageBreak,
        .table(
          Table(rows: [[Cell("合并", colspan: 2)], ["a", "b"]])),
      ])
    let text = String(decoding: try JSONWriter().render(doc), as: UTF8.self)
    // Written out by hand from the documented shape: sorted keys, spans of 1 left out.
    let expected = """
      {
        "blocks" : [
          {
            "heading" : {
              "level" : 1,
              "text" : "一、概况"
            }
          },
          {
            "pageBreak" : {

            }
          },
          {
            "table" : {
              "alignments" : [

              ],
              "headerRows" : 1,
              "rows" : [
                [
                  {
                    "colspan" : 2,
                    "text" : "合并"
                  }
                ],
                [
                  {
                    "text" : "a"
                  },
                  {
                    "text" : "b"
                  }
                ]
              ]
            }
          }
        ],
        "title" : "标题"
      }

      """
    #expect(text == expected)
  }

  @Test func anUnknownBlockKindIsAClearError() {
    let json = #"{"title":"t","blocks":[{"video":{}}]}"#
    #expect(throws: DecodingError.self) {
      try JSONWriter.document(from: Data(json.utf8))
    }
  }
}
