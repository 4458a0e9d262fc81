import Foundation
import Testing

@testable import Host

/// RFC 4180 reading: quoting, line breaks, BOM, line numbers.
@Suite("CSV reader")
struct CSVReaderTests {
  @Test func quotingPerRFC4180() throws {
    // RFC 4180 §2: fields with commas, quotes and line breaks are enclosed in quotes,
    // and a quote inside is written twice.
    let text = "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nplain,,end\r\n"
    let rows = try CSVReader.parse(text, file: "t.csv")
    #expect(
      rows.map(\.fields) == [
        ["a", "b", "c"], ["x,1", "say \"hi\"", "two\r\nlines"], ["plain", "", "end"],
      ])
    #expect(rows.map(\.line) == [1, 2, 4])
  }

  @Test func byteOrderMarkAndLF() throws {
    let rows = try CSVReader.parse("\u{FEFF}id,name\nqy-1,清源一小\n", file: "t.csv")
    #expect(rows.map(\.fields) == [["id", "name"], ["qy-1", "清源一小"]])
  }

  @Test func lastLineWithoutBreakAndBlankLines() throws {
    let rows = try CSVReader.parse("id\n\nx\n\ny", file: "t.csv")
    #expect(rows.map(\.fields) == [["id"], ["x"], ["y"]])
    #expect(rows.map(\.line) == [1, 3, 5])
  }

  @Test func unterminatedQuote() {
    let error = #expect(throws: CSVError.self) {
      try CSVReader.parse("id,name\n1,\"open\n2,b\n", file: "p.csv")
    }
    #expect(error?.description.hasPrefix("p.csv:2: ") == true)
  }

  @Test func strayQuote() {
    let error = #expect(throws: CSVError.self) {
      try CSVReader.parse("id,name\n1,ab\"c\n", file: "p.csv")
    }
    #expect(error?.line == 2)
  }

  @Test func writerQuotesWhatNeedsIt() throws {
    let text = CSVWriter.text(
      header: ["a", "b"], rows: [["x,y", "say \"hi\""], ["1", "多行\n文本"]])
    #expect(text == "\u{FEFF}a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n1,\"多行\n文本\"\r\n")
    let back = try CSVReader.parse(text, file: "t.csv").map(\.fields)
    #expect(back == [["a", "b"], ["x,y", "say \"hi\""], ["1", "多行\n文本"]])
  }
}
