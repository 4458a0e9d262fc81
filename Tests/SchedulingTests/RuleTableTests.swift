import Scheduling
import Testing

@Suite struct RuleTableTests {
  @Test(arguments: RuleTextTests.canonical)
  func tableFormRoundTrips(text: String) throws {
    let rule = try RecurrenceRule(parsing: text)
    #expect(try RecurrenceRule(table: rule.table) == rule)
  }

  @Test func handWrittenTables() throws {
    let weekly = try RecurrenceRule(table: [
      "every": .string("week"), "on": .list([.string("mon"), .string("thu")]),
    ])
    #expect(weekly.description == "weekly on mon,thu")
    let monthly = try RecurrenceRule(table: [
      "every": .string("month"), "on": .string("last workday"), "holiday": .string("previous"),
    ])
    #expect(monthly.description == "monthly on last workday holiday previous")
    let quota = try RecurrenceRule(table: ["times": .integer(2), "per": .string("term")])
    #expect(quota.description == "2 times per term")
    let lunar = try RecurrenceRule(table: ["every": .string("year"), "on": .string("lunar 09-09")])
    #expect(lunar.pattern == .yearly(.lunar(month: 9, day: 9)))
    let monthDay = try RecurrenceRule(table: ["every": .string("month"), "on": .integer(15)])
    #expect(monthDay.description == "monthly on 15")
  }

  @Test func tableErrorsNameTheField() {
    #expect(throws: RuleTableError(field: "every", message: "unknown value \"fortnight\"")) {
      try RecurrenceRule(table: ["every": .string("fortnight")])
    }
    #expect(throws: RuleTableError(field: "on", message: "missing for every = \"month\"")) {
      try RecurrenceRule(table: ["every": .string("month")])
    }
    #expect(throws: RuleTableError.self) {
      try RecurrenceRule(table: ["every": .string("week"), "when": .string("mon")])
    }
    #expect(throws: RuleTableError.self) {
      try RecurrenceRule(table: ["every": .string("week"), "on": .list([.string("thurs")])])
    }
  }
}
