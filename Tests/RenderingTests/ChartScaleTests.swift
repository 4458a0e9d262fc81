import Testing

@testable import Rendering

@Suite struct ChartScaleTests {
  // Hand-worked: a fifth of the span, rounded up to 1, 2, 2.5 or 5 times a power of ten.
  @Test func axisRunsFromZeroToARoundMaximum() {
    let s = AxisScale([95.2, 100, 87.5])
    #expect(s.step == 20)
    #expect(s.ticks == [0, 20, 40, 60, 80, 100])
    let small = AxisScale([3, 7])
    #expect(small.step == 2)
    #expect(small.ticks == [0, 2, 4, 6, 8])
    let negative = AxisScale([-4, 6])
    #expect(negative.ticks == [-4, -2, 0, 2, 4, 6])
  }

  @Test func numbersAreFormattedWithoutLocale() {
    #expect(NumberText.format(92.25) == "92.25")
    #expect(NumberText.format(100) == "100")
    #expect(NumberText.format(12.5) == "12.5")
    #expect(NumberText.format(-0.004) == "0")
    #expect(NumberText.format(-3.1) == "-3.1")
    #expect(NumberText.format(1234567.891, decimals: 1) == "1234567.9")
    #expect(NumberText.withUnit(96, "%") == "96%")
    #expect(NumberText.withUnit(3, "件") == "3 件")
  }
}
