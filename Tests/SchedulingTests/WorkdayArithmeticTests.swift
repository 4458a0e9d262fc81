import Scheduling
import Testing

@Suite struct WorkdayArithmeticTests {
  let cal = Official.calendar

  @Test func nextAndPreviousAcrossNationalDay() {
    #expect(cal.nextWorkday(after: day("2026-09-30")) == day("2026-10-08"))
    #expect(cal.previousWorkday(before: day("2026-10-08")) == day("2026-09-30"))
    #expect(cal.nextWorkday(after: day("2026-10-09")) == day("2026-10-10"))
    #expect(cal.nextWorkday(after: day("2026-02-13")) == day("2026-02-14"))
  }

  @Test func addingWorkdays() {
    #expect(cal.adding(workdays: 1, to: day("2026-09-30")) == day("2026-10-08"))
    #expect(cal.adding(workdays: 3, to: day("2026-10-08")) == day("2026-10-12"))
    #expect(cal.adding(workdays: -1, to: day("2026-02-24")) == day("2026-02-14"))
    #expect(cal.adding(workdays: 0, to: day("2026-10-03")) == day("2026-10-08"))
  }

  @Test func lastWorkdayOfMonth() {
    #expect(cal.lastWorkday(ofMonth: 2, year: 2026) == day("2026-02-28"))
    #expect(cal.lastWorkday(ofMonth: 1, year: 2026) == day("2026-01-30"))
    #expect(cal.lastWorkday(ofMonth: 5, year: 2026) == day("2026-05-29"))
    #expect(cal.lastWorkday(ofMonth: 10, year: 2026) == day("2026-10-30"))
    #expect(cal.firstWorkday(ofMonth: 10, year: 2026) == day("2026-10-08"))
  }

  @Test func workdaysInRange() {
    // October 2026: 22 weekdays, 5 of them holidays, plus Saturday 10-10.
    #expect(cal.workdays(in: day("2026-10-01")...day("2026-10-31")) == 18)
    #expect(
      cal.workdayList(in: day("2026-10-01")...day("2026-10-11")) == [
        day("2026-10-08"), day("2026-10-09"), day("2026-10-10"),
      ])
  }

  @Test func addThenSubtractReturnsTheSameWorkday() {
    for start in day("2025-01-01")...day("2027-06-30") where cal.isWorkday(start) {
      for n in [1, 2, 5, 7, 20, 45] {
        let there = cal.adding(workdays: n, to: start)
        #expect(cal.isWorkday(there))
        #expect(cal.adding(workdays: -n, to: there) == start, "\(start) ± \(n)")
      }
    }
  }

  @Test func workdaysBetweenMatchesAddition() {
    let start = day("2026-01-05")
    for n in [1, 10, 30, 100] {
      let end = cal.adding(workdays: n, to: start)
      #expect(cal.workdays(in: start.adding(days: 1)...end) == n)
    }
  }
}
