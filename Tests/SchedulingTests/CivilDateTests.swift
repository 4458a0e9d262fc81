import Scheduling
import Testing

@Suite struct CivilDateTests {
  @Test func weekdaysMatchTheCalendar() {
    #expect(day("2026-10-10").weekday == .saturday)
    #expect(day("2026-02-16").weekday == .monday)
    #expect(day("2000-01-01").weekday == .saturday)
    #expect(day("1970-01-01").weekday == .thursday)
    #expect(day("1969-12-31").weekday == .wednesday)
  }

  @Test func partsRoundTripOverCenturies() {
    for n in stride(from: -200_000, through: 200_000, by: 97) {
      let d = CivilDate(dayNumber: n)
      let p = d.parts
      #expect(CivilDate(year: p.year, month: p.month, day: p.day) == d)
    }
  }

  @Test func parsingRejectsNonDates() {
    #expect(CivilDate("2026-02-29") == nil)
    #expect(CivilDate("2024-02-29") != nil)
    #expect(CivilDate("2026-13-01") == nil)
    #expect(CivilDate("26-01-01") == nil)
    #expect(CivilDate("2026/01/01") == nil)
    #expect(day("2026-1-5").description == "2026-01-05")
  }

  @Test func monthArithmeticClampsToShortMonths() {
    #expect(day("2026-01-31").adding(months: 1) == day("2026-02-28"))
    #expect(day("2026-11-30").adding(months: 3) == day("2027-02-28"))
    #expect(day("2026-03-15").adding(months: -3) == day("2025-12-15"))
  }

  @Test func isoWeeksByHand() {
    // 2026-01-01 is a Thursday, so ISO week 1 runs 2025-12-29 … 2026-01-04.
    #expect(day("2025-12-29").isoWeek == (2026, 1))
    #expect(day("2026-01-04").isoWeek == (2026, 1))
    #expect(day("2026-11-23").isoWeek == (2026, 48))
    #expect(day("2026-11-22").isoWeek == (2026, 47))
    #expect(day("2021-01-03").isoWeek == (2020, 53))
    #expect(CivilDate.isoWeeks(in: 2020) == 53)
    #expect(CivilDate.isoWeeks(in: 2026) == 53)
    #expect(CivilDate.isoWeeks(in: 2025) == 52)
  }
}
