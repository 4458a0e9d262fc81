import Testing

@testable import Rendering

@Suite struct ColumnFitTests {
  static let overdue = Table(
    header: ["事项", "逾期次数", "最早应完成", "已逾期", "责任人"],
    body: [["十月教学常规月报检查及整改情况汇总", "2 次", "2026-11-27", "3 天", "教导主任 王立新"]])

  @Test func datesAndQuantitiesAreKeptWhole() {
    let pieces = KeepTogether.pieces("≥ 1 篇，截至2026年11月27日共3 次")
    #expect(pieces.filter(\.whole).map(\.text) == ["≥ 1 篇", "2026年11月27日", "3 次"])
    // Thirds of an em: a Chinese character 3, a digit, letter or space 2.
    #expect(ColumnFit.widest("2026-11-27") == 20)
    #expect(ColumnFit.widest("教导主任 王立新") == 3)
    #expect(ColumnFit.widest("92.5%") == 10)
    #expect(ColumnFit.width("≥ 1 篇") == 2 + 2 + 2 + 2 + 3)
  }

  @Test func shortHeadersDatesAndCountsGetTheirWidth() throws {
    let fit = ColumnFit(try TableGrid(Self.overdue), headerRows: 1)
    // Short headers whole (逾期次数 12, 已逾期 9), the date whole (20), Chinese text 3.
    #expect(fit.least == [6, 12, 20, 9, 9])
    // The widest lines: 17 characters (51), 逾期次数, the date, 已逾期, 7 characters and a space.
    #expect(fit.wanted == [51, 12, 20, 9, 23])
  }

  @Test func theRestOfTheLineGoesToColumnsThatWantMore() throws {
    let fit = ColumnFit(try TableGrid(Self.overdue), headerRows: 1)
    // Least: 6·80+230 = 710, 1190, 1830, 950, 950 = 5630 of 8844; the 3214 left go
    // 45 : 0 : 0 : 0 : 14 (what each wants beyond its least): 710 + 2451 (144630 / 59),
    // 950 + 762 (44996 / 59); the twip lost to rounding goes to the last column.
    #expect(fit.widths(total: 8844, perColumn: 80, padding: 230) == [3161, 1190, 1830, 950, 1713])
    // Before: widths by the widest text (28, 8, 10, 6, 15 of 67) left 已逾期 792 twips,
    // 2.6 characters of 12 pt once the cell margins were taken: "已逾 / 期".
    #expect(DOCXTable.columnWidths(try TableGrid(Self.overdue), headerRows: 1)[3] - 170 >= 3 * 240)
  }

  @Test func whenEvenTheLeastDoesNotFitAllShrinkAlike() throws {
    let fit = ColumnFit(try TableGrid(Table(header: ["甲", "乙"], body: [["2026-11-27", "x"]])), headerRows: 1)
    #expect(fit.least == [20, 3])
    // Need 20·10+5 = 205 and 3·10+5 = 35 of 65: 205·65/240 = 55, 35·65/240 = 9, +1 to the last.
    #expect(fit.widths(total: 65, perColumn: 10, padding: 5) == [55, 10])
  }
}
