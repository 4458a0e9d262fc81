import Scheduling
import Testing

/// Monthly rules against the 2026 calendar; weekdays worked out by hand from
/// 2026-01-01 being a Thursday.
@Suite struct MonthlyRuleTests {
  func dues(_ text: String, _ from: String, _ to: String) throws -> [String] {
    try RecurrenceRule(parsing: text)
      .occurrences(in: day(from)...day(to), context: Official.context).map(\.due.description)
  }

  @Test func lastWorkdayOf2026() throws {
    let rule = try RecurrenceRule(parsing: "monthly on last workday")
    let next = rule.upcoming(from: day("2026-01-01"), count: 12, context: Official.context)
    #expect(
      next.map(\.due.description) == [
        "2026-01-30", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-29", "2026-06-30",
        "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-30", "2026-11-30", "2026-12-31",
      ])
    #expect(next.map(\.period.description).first == "2026-01")
    #expect(next.last?.window == day("2026-12-01")...day("2026-12-31"))
  }

  @Test func thursdayBeforeThe20th() throws {
    #expect(
      try dues("monthly on thu before 20", "2026-01-01", "2026-04-30") == [
        "2026-01-15", "2026-02-19", "2026-03-19", "2026-04-16",
      ])
  }

  @Test func nthAndLastWeekday() throws {
    #expect(
      try dues("monthly on 2nd tue", "2026-11-01", "2026-12-31") == ["2026-11-10", "2026-12-08"])
    #expect(
      try dues("monthly on last fri", "2026-11-01", "2026-12-31") == ["2026-11-27", "2026-12-25"])
    #expect(try dues("monthly on mon after 10", "2026-11-01", "2026-11-30") == ["2026-11-16"])
    // Only months with five Fridays have a 5th Friday: January and May, July, October… 2026.
    #expect(try dues("monthly on 5th fri", "2026-01-01", "2026-03-31") == ["2026-01-30"])
  }

  @Test func dayNumbersAndHolidayPolicies() throws {
    #expect(
      try dues("monthly on 31", "2026-02-01", "2026-04-30") == [
        "2026-02-28", "2026-03-31", "2026-04-30",
      ])
    // 2026-02-15 is in the Spring Festival break; the next workday is Tuesday 02-24.
    #expect(try dues("monthly on 15 holiday next", "2026-02-01", "2026-02-28") == ["2026-02-24"])
    #expect(
      try dues("monthly on 15 holiday previous", "2026-02-01", "2026-02-28") == ["2026-02-14"])
    #expect(try dues("monthly on 15 holiday skip", "2026-02-01", "2026-03-31") == [])
    #expect(try dues("monthly on 15", "2026-02-01", "2026-02-28") == ["2026-02-15"])
    // National Day moves the 1st of October back into September.
    let moved = try RecurrenceRule(parsing: "monthly on 1 holiday previous")
      .occurrences(in: day("2026-09-01")...day("2026-09-30"), context: Official.context)
    #expect(moved.map(\.due.description) == ["2026-09-01", "2026-09-30"])
    #expect(moved.last?.period.description == "2026-10")
    #expect(moved.last?.nominal == day("2026-10-01"))
  }

  @Test(arguments: [
    "monthly on 1", "monthly on 31", "monthly on last workday", "monthly on first workday",
    "monthly on last sun", "monthly on 1st mon", "monthly on thu before 20",
    "monthly on fri after 25", "monthly on 29",
  ])
  func exactlyOnePerMonth(text: String) throws {
    let rule = try RecurrenceRule(parsing: text)
    let all = rule.occurrences(in: day("2024-01-01")...day("2028-12-31"), context: Official.context)
    #expect(Set(all.map(\.period)).count == all.count)
    let months = (2024...2028).flatMap { y in (1...12).map { PeriodKey.month(year: y, month: $0) } }
    for key in months {
      #expect(all.filter { $0.period == key }.count == 1, "\(text) \(key)")
    }
  }

  @Test func aMonthWithoutWorkdaysDoesNotBreakExpansion() throws {
    // A school closed from 01-24 to 03-01 has no workday in February: its "last workday"
    // is the Friday before the closure, still keyed to February.
    let school = SchedulingContext(
      calendar: Official.calendar.layering([
        UnitClosure(name: "寒假", from: day("2026-01-24"), to: day("2026-03-01"))
      ]))
    let occ = try RecurrenceRule(parsing: "monthly on last workday")
      .occurrences(in: day("2026-01-01")...day("2026-03-31"), context: school)
    #expect(occ.map(\.period.description) == ["2026-01", "2026-02", "2026-03"])
    #expect(occ[1].due == day("2026-01-23"))
    #expect(occ[1].window == day("2026-01-23")...day("2026-02-01"))
  }
}
