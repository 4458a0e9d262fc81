import Rendering
import Testing

@Suite struct TableGridTests {
  @Test func spansCoverTheirPositions() throws {
    let grid = try TableGrid(SampleDocument.completion)
    #expect(grid.columns == 5)
    #expect(grid.slots.count == 5)
    // Hand-drawn layout of the sample's completion table.
    #expect(
      grid.flattened == [
        ["类别", "事项", "完成情况", "", ""],
        ["", "", "按时", "逾期", "完成率"],
        ["教学常规", "备课检查", "12", "1", "92.3%"],
        ["", "作业批改", "8", "0", "100%"],
        ["平安校园", "校舍安全排查", "4", "0", "100%"],
      ])
    guard case .covered(let r, let c) = grid.slots[3][0] else {
      Issue.record("row 4, column 1 should be covered by the rowspan above")
      return
    }
    #expect((r, c) == (2, 0))
  }

  @Test func aShortRowIsReportedWithItsNumber() {
    let table = Table(rows: [["a", "b"], ["c"]])
    #expect(throws: RenderError("row 2 has no cell for column 2 of 2")) {
      try TableGrid(table)
    }
  }

  @Test func aWideRowIsReported() {
    let table = Table(rows: [["a", "b"], [Cell("c", colspan: 3)]])
    #expect(throws: RenderError("row 2 is wider than the first row's 2 columns")) {
      try TableGrid(table)
    }
  }

  @Test func aRowspanPastTheEndIsReported() {
    let table = Table(rows: [["a", "b"], [Cell("c", rowspan: 2), "d"]])
    #expect(throws: RenderError("row 2: cell \"c\" spans past the last row")) {
      try TableGrid(table)
    }
  }

  @Test func documentErrorsNameTheBlock() {
    let doc = Document(
      title: "t",
      blocks: [
        .paragraph(Paragraph("x")),
        .chart(
          Chart(
            kind: .bar, title: "图", categories: ["a", "b"],
            series: [
              Series(name: "s", values: [1])
            ])),
      ])
    #expect(
      throws: RenderError(
        "chart: series \"s\" of chart \"图\" has 1 values for 2 categories", block: 2)
    ) {
      try doc.validate()
    }
  }
}
