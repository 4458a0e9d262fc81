import Scheduling
import Testing

@Suite struct RuleTextTests {
  static let canonical = [
    "daily", "daily on workdays at 07:00-11:00", "daily at 13:00-17:00",
    "weekly on thu", "weekly on mon,thu", "every 2 weeks on fri from 2026-09-04",
    "monthly on 15", "monthly on last day", "monthly on last workday", "monthly on first workday",
    "monthly on 2nd tue", "monthly on last fri", "monthly on thu before 20",
    "monthly on mon after 10 holiday next", "monthly on 1 holiday previous",
    "quarterly on start", "quarterly on end-5", "halfyearly on start+9", "halfyearly on end",
    "yearly on 04-23", "yearly on lunar 09-09", "yearly on lunar 12-last",
    "termly at start", "termly at midterm", "termly at end-3", "termly at week 2",
    "3 times per month", "once per term", "2 times per week", "once during 03-15..04-15",
    "once during 07-01..+1-07-31", "weekly on mon during 11-15..02-15",
    "once on 2026-12-31", "monthly on 20 from 2026-03-01 until 2026-12-31 holiday skip",
  ]

  @Test(arguments: canonical)
  func canonicalTextRoundTrips(text: String) throws {
    let rule = try RecurrenceRule(parsing: text)
    #expect(rule.description == text)
    #expect(try RecurrenceRule(parsing: rule.description) == rule)
  }

  @Test func looseSpellingsNormalise() throws {
    #expect(try RecurrenceRule(parsing: "Weekly on Thu, Mon").description == "weekly on mon,thu")
    #expect(try RecurrenceRule(parsing: "every 1 week on friday").description == "weekly on fri")
    #expect(try RecurrenceRule(parsing: "1 times per month").description == "once per month")
    #expect(try RecurrenceRule(parsing: "once during 07-01..06-30").window?.endYearOffset == 1)
  }

  @Test func structure() throws {
    let rule = try RecurrenceRule(parsing: "monthly on thu before 20 holiday next")
    #expect(rule.pattern == .monthly(.weekdayBefore(.thursday, 20)))
    #expect(rule.holidays == .next)
    let daily = try RecurrenceRule(parsing: "daily on workdays at 07:00-11:00")
    #expect(daily.time == TimeWindow(start: 420, end: 660))
  }

  static let errors: [(String, String)] = [
    ("every 2 weeks on thurs", "unknown weekday \"thurs\" at column 18; expected mon … sun"),
    ("weekly on thurs", "unknown weekday \"thurs\" at column 11; expected mon … sun"),
    ("monthly on thurs before 20", "unknown weekday \"thurs\" at column 12; expected mon … sun"),
    (
      "fortnightly on mon",
      "unknown rule \"fortnightly\" at column 1; expected daily, weekly, "
        + "every N weeks, monthly, quarterly, halfyearly, yearly, termly, once, N times"
    ),
    ("monthly on 32", "bad day \"32\" at column 12; expected a day 1…31"),
    ("monthly", "unexpected end of rule at column 8; expected \"on\""),
    ("yearly on 02-30", "bad date \"02-30\" at column 11; expected a date MM-DD"),
    (
      "weekly on mon holiday later",
      "unknown holiday policy \"later\" at column 23; expected previous, next, skip or keep"
    ),
    ("daily at 25:00", "bad time \"25:00\" at column 10; expected a time HH:MM or HH:MM-HH:MM"),
    (
      "3 times per fortnight",
      "unknown period \"fortnight\" at column 13; expected week, month, quarter, half, year or term"
    ),
    ("termly at week", "unexpected end of rule at column 15; expected a week number 1…30"),
    ("termly at week 31", "bad week number \"31\" at column 16; expected a week number 1…30"),
    (
      "every 0 weeks on mon",
      "bad number of weeks \"0\" at column 7; expected a number of weeks 1…52"
    ),
    ("monthly on thu before x", "bad day \"x\" at column 23; expected a day 1…31"),
    (
      "weekly on mon soon",
      "unexpected \"soon\" at column 15; expected at, during, from, until or holiday"
        + " (or the end of the rule)"
    ),
  ]

  @Test(arguments: errors)
  func errorsSayWhatAndWhere(text: String, message: String) {
    do {
      _ = try RecurrenceRule(parsing: text)
      Issue.record("parsed \(text)")
    } catch let error as RuleSyntaxError {
      #expect(error.description == message)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}
