import Testing

@testable import Rendering

// Expectations worked by hand from the rule: the fewest lines that fit; among the ways to
// break, the least sum of (line width − average)² plus 16 × the break's cost (0 after a
// unit's name or a period and before a document kind, 2 between two known words, 6 next to
// a lone character, 10 inside a date, 100 before 的/和 or after 关于); a line narrower than
// `shortest` costs 1600; on a tie the earliest break wins (a shorter first line, the
// trapezoid GB/T 9704 prefers). Widths in display columns, a Chinese character 2.
@Suite struct TitleLinesTests {
  @Test func aTitleThatFitsStaysOneLine() {
    #expect(TitleLines.split("城南中学2026年11月月度工作小结", width: 38) == ["城南中学2026年11月月度工作小结"])
  }

  @Test func wordsOfATitleAreNotSplit() {
    #expect(
      ChineseWords.split("城南中学2026年11月月度工作小结")
        == ["城", "南", "中学", "2026年", "11月", "月度工作小结"])
    #expect(
      ChineseWords.split("2026年第四季度自查表") == ["2026年", "第四季度", "自查表"])
  }

  @Test func theDocumentKindMovesWholeToTheSecondLine() {
    // 30 columns in 20: after 11月 gives 18|12 (9+9 = 18, break 0); after 2026年 gives
    // 14|16 (1+1 = 2, but inside a date: 16 × 10 = 160); after 中学 the rest is 22 > 20.
    #expect(
      TitleLines.split("城南中学2026年11月月度工作小结", width: 20)
        == ["城南中学2026年11月", "月度工作小结"])
  }

  @Test func aCircularBreaksAfterItsPeriod() {
    // 54 columns in 38, target 27: after 第四季度 32|22 costs 25+25 = 50; after 2026年
    // 24|30 costs 9+9+160 = 178; after 教育局 18|36 costs 81+81 = 162.
    #expect(
      TitleLines.split("清远市清城区教育局2026年第四季度各下属单位工作情况通报", width: 38)
        == ["清远市清城区教育局2026年第四季度", "各下属单位工作情况通报"])
  }

  @Test func noLoneCharacterOnTheLastLine() {
    // 28 columns in 24, target 14: after 中学 8|20 costs 36+36 = 72; after 2026年 14|14
    // costs 160; after 第一季度 22|6 costs 64+64 = 128; 自查表 never splits into "表".
    #expect(
      TitleLines.split("城南中学2026年第一季度自查表", width: 24) == ["城南中学", "2026年第一季度自查表"])
  }

  @Test func aPeriodStaysTogetherWhenTheLinesWouldBeEven() {
    // 44 columns in 38, target 22: after 2026年 22|22 costs 0 + 160 (inside a date); after
    // 第四季度 30|14 costs 64+64 = 128; after 关于 the break is forbidden.
    #expect(
      TitleLines.split("清源区教育局关于2026年第四季度工作情况的通报", width: 38)
        == ["清源区教育局关于2026年第四季度", "工作情况的通报"])
  }

  @Test func noLineStartsWithAFunctionWord() {
    // 28 columns in 26, target 14: after 台账 10|18, after 工作 14|14 (+32) and after
    // 完成 18|10 all cost 32: the earliest wins. "…的 / 通报" and "… / 的通报" cost more.
    let lines = TitleLines.split("各学校台账工作完成情况的通报", width: 26)
    #expect(lines == ["各学校台账", "工作完成情况的通报"])
    #expect(TitleLines.breakCost("情况", "的") == 100)
    #expect(TitleLines.breakCost("关于", "城南中学") == 100)
  }

  @Test func chartLabelsWrapIntoShortLines() {
    // 18 columns in 8 → 3 lines, target 6: 清远市|第一|实验小学 (0+4+4, breaks 0 and 32)
    // ties 清远市|第一实验|小学 (0+4+4, 0 and 32) and comes first; 清远|市第一|… costs 136.
    #expect(TitleLines.split("清远市第一实验小学", width: 8, shortest: 2) == ["清远市", "第一", "实验小学"])
  }

  @Test func anAuthorsLineBreakIsKept() {
    #expect(TitleLines.split("关于开展\n专项检查的通知", width: 38) == ["关于开展", "专项检查的通知"])
  }
}
