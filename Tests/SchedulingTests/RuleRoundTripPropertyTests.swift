import Scheduling
import Testing

/// Property: every rule the model can hold prints to text that parses back to the same
/// rule, and converts to a table that converts back to the same rule.
@Suite struct RuleRoundTripPropertyTests {
  static var patterns: [RecurrenceRule.Pattern] {
    var all: [RecurrenceRule.Pattern] = [.daily(workdaysOnly: false), .daily(workdaysOnly: true)]
    let days = Weekday.allCases
    for mask in 1..<(1 << 7) {
      let chosen = days.filter { mask & (1 << ($0.rawValue - 1)) != 0 }
      all.append(.weekly(interval: 1 + mask % 4, days: chosen))
    }
    all += (1...31).map { .monthly(.day($0)) }
    all += [.monthly(.lastDay), .monthly(.firstWorkday), .monthly(.lastWorkday)]
    for day in days {
      all += [-1, 1, 2, 3, 4, 5].map { .monthly(.nthWeekday($0, day)) }
      all += [1, 10, 20, 31].map { .monthly(.weekdayBefore(day, $0)) }
      all += [1, 15, 28].map { .monthly(.weekdayAfter(day, $0)) }
    }
    for offset in [-30, -5, 0, 3, 45] {
      all += [.quarterly(.start(offset: offset)), .quarterly(.end(offset: offset))]
      all += [.halfYearly(.start(offset: offset)), .halfYearly(.end(offset: offset))]
      all += [.termly(.start(offset: offset)), .termly(.midterm(offset: offset))]
      all.append(.termly(.end(offset: offset)))
    }
    all += (1...20).map { .termly(.week($0)) }
    for month in 1...12 {
      all.append(.yearly(.solar(month: month, day: CivilDate.daysIn(month: month, year: 2001))))
      all += [0, 1, 15, 30].map { .yearly(.lunar(month: month, day: $0)) }
    }
    for unit in [PeriodUnit.week, .month, .quarter, .half, .year, .term] {
      all += [1, 2, 12].map { .quota(times: $0, per: unit) }
    }
    all.append(.once(CivilDate(2026, 12, 31)))
    return all
  }

  static var modifierSets: [RecurrenceRule] {
    let base = RecurrenceRule(.daily(workdaysOnly: false))
    var all = [base]
    for policy in HolidayPolicy.allCases {
      var r = base
      r.holidays = policy
      r.time = TimeWindow(start: 7 * 60, end: policy == .keep ? 7 * 60 : 11 * 60 + 30)
      r.window = PhaseWindow(
        start: (7, 1), end: policy == .skip ? (7, 31) : (6, 30),
        endYearOffset: policy == .skip ? 1 : nil)
      r.from = policy == .next ? CivilDate(2026, 3, 1) : nil
      r.until = policy == .previous ? CivilDate(2027, 1, 31) : nil
      all.append(r)
    }
    return all
  }

  @Test func textAndTableRoundTrip() throws {
    var checked = 0
    for pattern in Self.patterns {
      for modifiers in Self.modifierSets {
        var rule = modifiers
        rule.pattern = pattern
        let text = rule.description
        #expect(try RecurrenceRule(parsing: text) == rule, "\(text)")
        #expect(try RecurrenceRule(table: rule.table) == rule, "\(text)")
        checked += 1
      }
    }
    #expect(checked > 1000)
  }

  @Test func phaseQuotaRoundTrips() throws {
    let rule = RecurrenceRule(
      .quota(times: 4, per: .phase), window: PhaseWindow(start: (4, 16), end: (9, 30)))
    #expect(rule.description == "4 times during 04-16..09-30")
    #expect(try RecurrenceRule(parsing: rule.description) == rule)
    #expect(try RecurrenceRule(table: rule.table) == rule)
  }
}
