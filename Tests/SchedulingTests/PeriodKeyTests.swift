import Scheduling
import Testing

@Suite struct PeriodKeyTests {
  @Test func keysRoundTripThroughText() {
    for text in ["2026-11", "2026-W47", "2026-T1", "2026-Q4", "2026-H2", "2026", "2026-11-23"] {
      #expect(PeriodKey(text)?.description == text)
    }
  }

  @Test func malformedKeysAreRejected() {
    for text in ["2026-13", "2026-W54", "2025-W53", "2026-Q5", "2026-H3", "2026-T3", "26", "x"] {
      #expect(PeriodKey(text) == nil, "\(text)")
    }
  }

  @Test func daysOfEachKind() {
    #expect(PeriodKey("2026-W47")?.days == day("2026-11-16")...day("2026-11-22"))
    #expect(PeriodKey("2026-02")?.days == day("2026-02-01")...day("2026-02-28"))
    #expect(PeriodKey("2026-Q4")?.days == day("2026-10-01")...day("2026-12-31"))
    #expect(PeriodKey("2026-H1")?.days == day("2026-01-01")...day("2026-06-30"))
    #expect(PeriodKey("2026")?.days == day("2026-01-01")...day("2026-12-31"))
  }

  @Test func nextPeriod() {
    #expect(PeriodKey("2026-12")?.next.description == "2027-01")
    #expect(PeriodKey("2026-W53")?.next.description == "2027-W01")
    #expect(PeriodKey("2026-Q4")?.next.description == "2027-Q1")
    #expect(PeriodKey("2026-T2")?.next.description == "2027-T1")
  }
}
