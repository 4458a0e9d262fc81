import Scheduling
import Testing

@Suite struct PeriodicRuleTests {
  func dues(_ text: String, _ from: String, _ to: String) throws -> [String] {
    try RecurrenceRule(parsing: text)
      .occurrences(in: day(from)...day(to), context: Official.context).map(\.due.description)
  }

  @Test func dailyOnWorkdaysInOctober2026() throws {
    let occ = try RecurrenceRule(parsing: "daily on workdays at 07:00-11:00")
      .occurrences(in: day("2026-10-01")...day("2026-10-31"), context: Official.context)
    #expect(occ.count == 18)
    #expect(occ.first?.due == day("2026-10-08"))
    #expect(occ.contains { $0.due == day("2026-10-10") })
    #expect(occ.first?.period.description == "2026-10-08")
    #expect(occ.first?.time == TimeWindow(start: 7 * 60, end: 11 * 60))
    #expect(try dues("daily", "2026-10-01", "2026-10-31").count == 31)
  }

  @Test func weeklyAndEveryNWeeks() throws {
    #expect(
      try dues("weekly on thu", "2026-11-01", "2026-11-30") == [
        "2026-11-05", "2026-11-12", "2026-11-19", "2026-11-26",
      ])
    #expect(
      try dues("weekly on mon,thu", "2026-11-01", "2026-11-08") == ["2026-11-02", "2026-11-05"])
    #expect(
      try dues("every 2 weeks on fri from 2026-09-04", "2026-08-01", "2026-10-31") == [
        "2026-09-04", "2026-09-18", "2026-10-02", "2026-10-16", "2026-10-30",
      ])
    #expect(
      try dues("every 2 weeks on fri from 2026-09-04 holiday skip", "2026-09-01", "2026-10-20")
        == ["2026-09-04", "2026-09-18", "2026-10-16"])
    let week = try RecurrenceRule(parsing: "weekly on mon")
      .occurrences(in: day("2026-11-23")...day("2026-11-23"), context: Official.context)
    #expect(week.first?.period.description == "2026-W48")
  }

  @Test func quarterlyAndHalfYearly() throws {
    #expect(
      try dues("quarterly on end-5", "2026-01-01", "2026-12-31") == [
        "2026-03-26", "2026-06-25", "2026-09-25", "2026-12-26",
      ])
    #expect(
      try dues("quarterly on start+9", "2026-01-01", "2026-06-30") == ["2026-01-10", "2026-04-10"])
    #expect(
      try dues("halfyearly on end", "2026-01-01", "2026-12-31") == ["2026-06-30", "2026-12-31"])
    let q = try RecurrenceRule(parsing: "quarterly on end")
      .occurrences(for: PeriodKey("2026-Q4")!, context: Official.context)
    #expect(q.map(\.period.description) == ["2026-Q4"])
  }

  @Test func yearlySolarAndLunar() throws {
    #expect(
      try dues("yearly on 04-23", "2025-01-01", "2026-12-31") == ["2025-04-23", "2026-04-23"])
    #expect(
      try dues("yearly on 02-29", "2026-01-01", "2028-12-31") == [
        "2026-02-28", "2027-02-28", "2028-02-29",
      ])
    // 重阳 (lunar 9-9): 2024-10-11, 2025-10-29, 2026-10-18.
    #expect(
      try dues("yearly on lunar 09-09", "2024-01-01", "2026-12-31") == [
        "2024-10-11", "2025-10-29", "2026-10-18",
      ])
    // 除夕 is the last day of the twelfth month: 2025-01-28 (30th), 2026-02-16 (29th).
    #expect(
      try dues("yearly on lunar 12-last", "2025-01-01", "2026-12-31") == [
        "2025-01-28", "2026-02-16",
      ])
    #expect(try dues("yearly on lunar 12-30", "2026-01-01", "2026-12-31") == ["2026-02-16"])
  }

  @Test func oneOffDeadline() throws {
    #expect(try dues("once on 2026-12-31", "2026-01-01", "2027-12-31") == ["2026-12-31"])
    #expect(try dues("once on 2026-12-31", "2027-01-01", "2027-12-31") == [])
  }

  @Test func fromAndUntilBoundTheRule() throws {
    #expect(
      try dues("monthly on 20 from 2026-03-01 until 2026-05-31", "2026-01-01", "2026-12-31")
        == ["2026-03-20", "2026-04-20", "2026-05-20"])
  }

  @Test func expansionIsDeterministic() throws {
    for text in RuleTextTests.canonical {
      let rule = try RecurrenceRule(parsing: text)
      let range = day("2025-06-01")...day("2027-05-31")
      let a = rule.occurrences(in: range, context: Official.context)
      let b = rule.occurrences(in: range, context: Official.context)
      #expect(a == b, "\(text)")
      #expect(zip(a, a.dropFirst()).allSatisfy { $0.due <= $1.due }, "\(text)")
    }
  }
}
