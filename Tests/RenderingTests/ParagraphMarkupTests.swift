import Rendering
import Testing

@Suite struct ParagraphMarkupTests {
  @Test func strongAndEmphasisBecomeRuns() {
    let p = Paragraph("应办**25项**，*按时*完成")
    #expect(
      p.runs == [
        Run("应办"), Run("25项", .strong), Run("，"), Run("按时", .em), Run("完成"),
      ])
    #expect(p.plainText == "应办25项，按时完成")
  }

  @Test func unclosedOrEmptyMarkersStayLiteral() {
    #expect(Paragraph("a ** b").runs == [Run("a ** b")])
    #expect(Paragraph("5 * 3").runs == [Run("5 * 3")])
    #expect(Paragraph("****").runs == [Run("****")])
  }
}
