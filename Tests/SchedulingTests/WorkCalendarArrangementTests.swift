import Scheduling
import Testing

/// The 2025 and 2026 arrangements, day by day. The day lists below are written out from
/// the notices, one date at a time, independently of the arrangement values.
@Suite struct WorkCalendarArrangementTests {
  static let daysOff2025 = """
    2025-01-01 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-02-01 2025-02-02 2025-02-03
    2025-02-04 2025-04-04 2025-04-05 2025-04-06 2025-05-01 2025-05-02 2025-05-03 2025-05-04
    2025-05-05 2025-05-31 2025-06-01 2025-06-02 2025-10-01 2025-10-02 2025-10-03 2025-10-04
    2025-10-05 2025-10-06 2025-10-07 2025-10-08
    """
  static let makeup2025 = "2025-01-26 2025-02-08 2025-04-27 2025-09-28 2025-10-11"
  static let daysOff2026 = """
    2026-01-01 2026-01-02 2026-01-03 2026-02-15 2026-02-16 2026-02-17 2026-02-18 2026-02-19
    2026-02-20 2026-02-21 2026-02-22 2026-02-23 2026-04-04 2026-04-05 2026-04-06 2026-05-01
    2026-05-02 2026-05-03 2026-05-04 2026-05-05 2026-06-19 2026-06-20 2026-06-21 2026-09-25
    2026-09-26 2026-09-27 2026-10-01 2026-10-02 2026-10-03 2026-10-04 2026-10-05 2026-10-06
    2026-10-07
    """
  static let makeup2026 = "2026-01-04 2026-02-14 2026-02-28 2026-05-09 2026-09-20 2026-10-10"

  static func dates(_ text: String) -> Set<CivilDate> {
    Set(text.split(whereSeparator: \.isWhitespace).map { day(String($0)) })
  }

  @Test(arguments: [
    (2025, daysOff2025, makeup2025), (2026, daysOff2026, makeup2026),
  ])
  func everyDayOfTheYear(year: Int, off: String, makeup: String) {
    let off = Self.dates(off)
    let makeup = Self.dates(makeup)
    for date in day("\(year)-01-01")...day("\(year)-12-31") {
      let expected = makeup.contains(date) || (!off.contains(date) && !date.isWeekend)
      #expect(Official.calendar.isWorkday(date) == expected, "\(date)")
      let status = Official.calendar.status(of: date)
      #expect(status.isWorkday == expected, "\(date)")
      #expect(status.isCovered)
      if off.contains(date) { #expect(status.kind == .holiday, "\(date)") }
      if makeup.contains(date) { #expect(status.kind == .makeupWorkday, "\(date)") }
    }
  }

  @Test func workdayTotalsCountedByHand() {
    // 261 weekdays each year; 2025: 18 holidays on weekdays, 5 make-up days;
    // 2026: 19 holidays on weekdays, 6 make-up days.
    #expect(Official.calendar.workdays(in: day("2025-01-01")...day("2025-12-31")) == 248)
    #expect(Official.calendar.workdays(in: day("2026-01-01")...day("2026-12-31")) == 248)
  }

  @Test func doneWhenExamples() {
    let saturday = Official.calendar.status(of: day("2026-10-10"))
    #expect(saturday.kind == .makeupWorkday)
    #expect(saturday.name == "国庆节")
    let eve = Official.calendar.status(of: day("2026-02-16"))
    #expect(eve.kind == .holiday)
    #expect(eve.name == "春节")
  }

  @Test func yearsWithoutDataFallBackToWeekendsAndSaySo() {
    let cal = Official.calendar
    #expect(cal.covers(year: 2026))
    #expect(!cal.covers(year: 2027))
    #expect(cal.coveredYears == [2025, 2026])
    // 2027-10-01 is a Friday: a workday by weekends alone, flagged as not covered.
    let status = cal.status(of: day("2027-10-01"))
    #expect(status.kind == .workday)
    #expect(!status.isCovered)
    #expect(cal.isWorkday(day("2027-10-01")))
    #expect(!cal.isWorkday(day("2027-10-02")))
  }

  @Test func unitClosuresLayerOnTop() {
    let school = Official.calendar.layering([
      UnitClosure(name: "寒假", from: day("2026-01-24"), to: day("2026-03-01"))
    ])
    #expect(!school.isWorkday(day("2026-01-26")))
    #expect(school.status(of: day("2026-01-26")).kind == .closure)
    #expect(school.status(of: day("2026-01-26")).name == "寒假")
    // The make-up Saturday falls in the vacation: the school stays closed.
    #expect(!school.isWorkday(day("2026-02-28")))
    #expect(school.isWorkday(day("2026-03-02")))
    #expect(Official.calendar.isWorkday(day("2026-01-26")))
  }

  @Test func contradictoryArrangementIsRejected() {
    #expect(throws: ArrangementError.self) {
      try HolidayArrangement(
        year: 2026, source: "test",
        holidays: [.init(name: "国庆节", from: day("2026-10-01"), to: day("2026-10-07"))],
        workdays: [.init(date: day("2026-10-03"), forHoliday: "国庆节")])
    }
    #expect(throws: ArrangementError.self) {
      try HolidayArrangement(
        year: 2026, source: "test",
        holidays: [.init(name: "春节", from: day("2026-02-23"), to: day("2026-02-15"))],
        workdays: [])
    }
  }
}
