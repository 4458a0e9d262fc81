import Testing

@testable import Host

/// Display width per Unicode UAX #11 (East Asian Width) and the tables built on it.
@Suite("Text width and tables")
struct TextWidthTests {
  @Test(arguments: [
    ("abc", 3), ("清源区", 6), ("（小学部,初中部）", 17), ("ｱ", 1), ("Ａ", 2), ("é", 1),
    ("e\u{301}", 1), ("한국", 4), ("", 0),
  ])
  func widths(text: String, columns: Int) {
    #expect(TextWidth.of(text) == columns)
  }

  @Test func tableAlignsChineseColumns() {
    var table = TextTable(headers: ["编号", "名称", "类型"])
    table.append(["a", "清源区实验小学", "school"])
    table.append(["bb", "x", "bureau"])
    #expect(
      table.lines() == [
        "编号  名称            类型",
        "----  --------------  ------",
        "a     清源区实验小学  school",
        "bb    x               bureau",
      ])
  }
}
