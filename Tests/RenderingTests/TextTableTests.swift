import Rendering
import Testing

@Suite struct TextTableTests {
  @Test func chineseColumnsLineUpByDisplayWidth() {
    let table = TextTable(
      header: ["单位", "完成率"],
      rows: [["城南中学", "96%"], ["Lab", "100%"]],
      alignments: [.left, .right])
    // Typed out by hand: column 1 is 8 columns wide (城南中学), column 2 is 6 (完成率).
    let expected = """
      单位      完成率
      --------  ------
      城南中学     96%
      Lab         100%
      """
    #expect(table.render() == expected)
  }

  @Test func centredAndPaddedRows() {
    let table = TextTable(header: ["状态", "x"], rows: [["完成"], ["逾"]], alignments: [.center])
    #expect(table.render() == "状态  x\n----  -\n完成\n 逾")
  }
}
