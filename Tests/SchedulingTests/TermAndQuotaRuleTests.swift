import Scheduling
import Testing

@Suite struct TermAndQuotaRuleTests {
  static let spring = SchoolTerm(
    start: day("2026-03-02"), end: day("2026-07-10"), midterm: day("2026-04-27"))
  static let autumn = SchoolTerm(start: day("2026-09-01"), end: day("2027-01-22"))
  static let context = SchedulingContext(
    calendar: Official.calendar, terms: [spring, autumn])

  func occ(_ text: String, _ from: String, _ to: String) throws -> [Occurrence] {
    try RecurrenceRule(parsing: text).occurrences(in: day(from)...day(to), context: Self.context)
  }

  @Test func termKeysAndWeeks() {
    #expect(Self.spring.key.description == "2026-T1")
    #expect(Self.autumn.key.description == "2026-T2")
    #expect(Self.spring.name == "2025—2026学年第二学期")
    #expect(Self.spring.week(2) == day("2026-03-09")...day("2026-03-15"))
    #expect(Self.spring.weekNumber(of: day("2026-03-13")) == 2)
    #expect(Self.autumn.weekNumber(of: day("2026-09-07")) == 2)
    #expect(
      SchoolCalendar(terms: [Self.autumn, Self.spring]).vacations == [
        UnitClosure(name: "暑假", from: day("2026-07-11"), to: day("2026-08-31"))
      ])
  }

  @Test func termAnchors() throws {
    #expect(
      try occ("termly at start", "2026-01-01", "2026-12-31").map(\.due) == [
        day("2026-03-02"), day("2026-09-01"),
      ])
    #expect(
      try occ("termly at week 2", "2026-01-01", "2026-06-30").map(\.due) == [day("2026-03-13")])
    #expect(
      try occ("termly at week 2", "2026-01-01", "2026-06-30").first?.window
        == day("2026-03-09")...day("2026-03-15"))
    #expect(
      try occ("termly at midterm", "2026-01-01", "2026-06-30").map(\.due) == [day("2026-04-27")])
    #expect(
      try occ("termly at end", "2026-01-01", "2027-12-31").map(\.period.description) == [
        "2026-T1", "2026-T2",
      ])
    // Week 6 of the autumn term holds National Day; its last workday is Saturday 10-10.
    #expect(
      try occ("termly at week 6", "2026-09-01", "2026-12-31").map(\.due) == [day("2026-10-10")])
  }

  @Test func quotaPerMonthWithProRatedProgress() throws {
    let november = try occ("3 times per month", "2026-11-01", "2026-11-30")
    #expect(november.count == 1)
    let o = try #require(november.first)
    #expect(o.quota == 3)
    #expect(o.window == day("2026-11-01")...day("2026-11-30"))
    #expect(o.due == day("2026-11-30"))
    // 21 workdays in November 2026; 11 of them fall on or before the 16th.
    let expected = o.expectedProgress(asOf: day("2026-11-16"), calendar: Official.calendar)
    #expect(abs(expected - 3.0 * 11 / 21) < 1e-9)
    #expect(o.isBehind(done: 0, asOf: day("2026-11-16"), calendar: Official.calendar))
    #expect(!o.isBehind(done: 1, asOf: day("2026-11-16"), calendar: Official.calendar))
    #expect(o.expectedProgress(asOf: day("2026-12-05"), calendar: Official.calendar) == 3)
  }

  @Test func quotaPerTermAndPhase() throws {
    let perTerm = try occ("2 times per term", "2026-01-01", "2026-12-31")
    #expect(perTerm.map(\.period.description) == ["2026-T1"])
    #expect(perTerm.first?.window == Self.spring.days)
    let phase = try occ("once during 03-15..04-15", "2026-01-01", "2026-12-31")
    #expect(phase.map(\.due) == [day("2026-04-15")])
    #expect(phase.first?.window == day("2026-03-15")...day("2026-04-15"))
    // A campaign from July to the end of July next year.
    let long = try occ("once during 07-01..+1-07-31", "2027-01-01", "2027-12-31")
    #expect(long.map(\.window) == [day("2026-07-01")...day("2027-07-31")])
    #expect(long.first?.period.description == "2026")
  }

  @Test func windowsCrossingTheYear() throws {
    let mondays = try occ("weekly on mon during 11-15..02-15", "2026-11-01", "2027-03-31")
    #expect(mondays.first?.due == day("2026-11-16"))
    #expect(mondays.last?.due == day("2027-02-15"))
    #expect(mondays.count == 14)
  }
}
