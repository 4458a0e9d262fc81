import ArgumentParser
import Foundation
import Scheduling

/// `tzbench scheduling`: expands one year of 60 items for 2,000 units.
struct SchedulingBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scheduling", abstract: "Expand a year of 60 items for 2,000 units.")

  @Option(help: "Number of units.") var units = 2000
  @Flag(help: "Also print the time spent on each rule.") var byRule = false

  /// A mix of the rule kinds the domain uses, in the proportions the plugins have.
  static let items: [String] = {
    var rules = [
      "daily on workdays at 07:00-11:00", "daily on workdays", "daily at 13:00-17:00",
      "weekly on mon", "weekly on thu", "weekly on mon,thu", "weekly on fri holiday previous",
      "every 2 weeks on fri from 2026-01-02", "every 2 weeks on wed from 2026-01-07",
      "monthly on last workday", "monthly on first workday", "monthly on 15 holiday next",
      "monthly on thu before 20", "monthly on 2nd tue", "monthly on last fri",
      "monthly on 25 holiday previous", "monthly on mon after 10", "monthly on last day",
      "quarterly on end-5", "quarterly on start+9", "quarterly on end holiday previous",
      "halfyearly on end", "halfyearly on start+14",
      "yearly on 03-05", "yearly on 04-23", "yearly on 06-26", "yearly on 12-01",
      "yearly on lunar 09-09", "yearly on lunar 01-15",
      "termly at start", "termly at midterm", "termly at end", "termly at week 2",
      "3 times per month", "2 times per term", "once per quarter", "once per week",
      "once during 03-15..04-15", "weekly on thu during 04-16..09-30", "once on 2026-12-31",
    ]
    var i = 0
    while rules.count < 60 {  // repeat the common kinds with other days
      let extra = [
        "weekly on tue", "monthly on \(10 + i)", "yearly on 0\(1 + i % 9)-1\(i % 9)",
        "monthly on last workday holiday previous",
      ]
      rules.append(extra[i % extra.count])
      i += 1
    }
    return rules
  }()

  func run() throws {
    let rules = try Self.items.map { try RecurrenceRule(parsing: $0) }
    let contexts = Self.contexts()
    let year = CivilDate(2026, 1, 1)...CivilDate(2026, 12, 31)
    let clock = ContinuousClock()
    var total = 0
    let cpuStart = Foundation.clock()
    let elapsed = clock.measure {
      for unit in 0..<units {
        let context = contexts[unit % contexts.count]
        for rule in rules { total += rule.occurrences(in: year, context: context).count }
      }
    }
    let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
    row(
      "scheduling: 1 year × 60 items × \(units) units", String(format: "%.3f s", seconds), "≤ 0.5 s"
    )
    let cpu = Double(Foundation.clock() - cpuStart) / Double(CLOCKS_PER_SEC)
    row("scheduling: same, CPU time", String(format: "%.3f s", cpu), "≤ 0.5 s")
    row("scheduling: occurrences expanded", "\(total)", "—")
    if byRule { profile(rules, contexts, year) }
  }

  func profile(
    _ rules: [RecurrenceRule], _ contexts: [SchedulingContext], _ year: ClosedRange<CivilDate>
  ) {
    let clock = ContinuousClock()
    for rule in rules {
      let t = clock.measure {
        for unit in 0..<units {
          _ = rule.occurrences(in: year, context: contexts[unit % contexts.count])
        }
      }
      print(t, rule)
    }
  }

  /// Four kinds of unit: offices on the national calendar, and schools with three
  /// different term configurations layered on top.
  static func contexts() -> [SchedulingContext] {
    let national = WorkCalendar(arrangements: [BenchCalendar.y2026])
    var result = [SchedulingContext(calendar: national)]
    for shift in 0..<3 {
      let spring = SchoolTerm(
        start: CivilDate(2026, 3, 2 + shift), end: CivilDate(2026, 7, 10 + shift))
      let autumn = SchoolTerm(start: CivilDate(2026, 9, 1), end: CivilDate(2027, 1, 22 + shift))
      let winter = UnitClosure(
        name: "寒假", from: CivilDate(2026, 1, 24), to: spring.start.adding(days: -1))
      let calendar = national.layering(
        SchoolCalendar(terms: [spring, autumn]).vacations + [winter])
      result.append(SchedulingContext(calendar: calendar, terms: [spring, autumn]))
    }
    return result
  }
}

/// The 2026 arrangement, for benchmarks that must not depend on the plugin files.
enum BenchCalendar {
  static let y2026: HolidayArrangement = {
    func d(_ s: String) -> CivilDate { CivilDate(s)! }
    let spans: [(String, String, String)] = [
      ("元旦", "2026-01-01", "2026-01-03"), ("春节", "2026-02-15", "2026-02-23"),
      ("清明节", "2026-04-04", "2026-04-06"), ("劳动节", "2026-05-01", "2026-05-05"),
      ("端午节", "2026-06-19", "2026-06-21"), ("中秋节", "2026-09-25", "2026-09-27"),
      ("国庆节", "2026-10-01", "2026-10-07"),
    ]
    let makeup: [(String, String)] = [
      ("2026-01-04", "元旦"), ("2026-02-14", "春节"), ("2026-02-28", "春节"),
      ("2026-05-09", "劳动节"), ("2026-09-20", "国庆节"), ("2026-10-10", "国庆节"),
    ]
    return try! HolidayArrangement(
      year: 2026, source: "bench",
      holidays: spans.map { .init(name: $0.0, from: d($0.1), to: d($0.2)) },
      workdays: makeup.map { .init(date: d($0.0), forHoliday: $0.1) })
  }()
}
