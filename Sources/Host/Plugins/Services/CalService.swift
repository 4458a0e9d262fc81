import LuaRuntime
import Scheduling

/// `tz.cal`: the working-day calendar (holidays and make-up workdays from the calendar
/// plugin), lunar dates, festivals and solar terms, the unit's school terms, and a
/// preview of a recurrence rule. Days are `YYYY-MM-DD` strings.
enum CalService {
  static let module = ServiceModule(
    name: "cal",
    summary: "Working days, lunar dates, festivals, solar terms, school terms, rule previews.",
    classes: """
      ---A day's standing in the working-day calendar.
      ---@class tz.Day
      ---@field date string # YYYY-MM-DD
      ---@field weekday integer # 1 = Monday … 7 = Sunday
      ---@field workday boolean
      ---@field kind "workday"|"weekend"|"holiday"|"makeupWorkday"|"closure"
      ---@field name string? # the holiday or closure, e.g. "国庆节"

      ---A lunar date.
      ---@class tz.LunarDate
      ---@field year integer
      ---@field month integer
      ---@field day integer
      ---@field leap boolean # a leap month (闰月)
      ---@field text string # e.g. "丙午年正月初一"

      ---A school term of the unit in context.
      ---@class tz.Term
      ---@field name string
      ---@field key string # the period key, e.g. "2026-T2"
      ---@field start string
      ---@field ["end"] string
      ---@field midterm string

      ---What tz.cal.preview lists.
      ---@class tz.PreviewOptions
      ---@field from string? # the first day (default: today)
      ---@field count integer? # how many occurrences (default 5, at most 100)

      ---One occurrence of a rule.
      ---@class tz.Due
      ---@field due string # the day it is due
      ---@field nominal string # the day the rule names, before holiday moves
      ---@field period string # the period key it belongs to
      ---@field quota integer # how many times it must be done in the period

      """,
    functions: workdayFunctions + dateFunctions)

  /// Working days: checks and arithmetic.
  static let workdayFunctions: [ServiceFunction] = [
    ServiceFunction(
      "today", "The day it is (in specs: the virtual clock).", returns: "string # YYYY-MM-DD"
    ) { call, s in
      call.push(s.today.description)
    },
    ServiceFunction(
      "is_workday", "Whether the day is a working day.", [("date", "string", "YYYY-MM-DD")],
      returns: "boolean"
    ) { call, s in
      call.push(s.calendar.isWorkday(try call.date(1)))
    },
    ServiceFunction(
      "add_workdays", "The day `n` working days after `date` (before it when `n` is negative).",
      [("date", "string", "YYYY-MM-DD"), ("n", "integer", "working days to add")],
      returns: "string # YYYY-MM-DD"
    ) { call, s in
      let date = try call.date(1)
      let n = try call.integer(2)
      guard abs(n) <= 3660 else { throw call.argumentError(2, "at most 3660 working days") }
      call.push(s.calendar.adding(workdays: Int(n), to: date).description)
    },
    ServiceFunction(
      "next_workday", "The first working day after `date`.", [("date", "string", "YYYY-MM-DD")],
      returns: "string # YYYY-MM-DD"
    ) { call, s in
      call.push(s.calendar.nextWorkday(after: try call.date(1)).description)
    },
    ServiceFunction(
      "previous_workday", "The last working day before `date`.",
      [("date", "string", "YYYY-MM-DD")], returns: "string # YYYY-MM-DD"
    ) { call, s in
      call.push(s.calendar.previousWorkday(before: try call.date(1)).description)
    },
    ServiceFunction(
      "workdays_between", "How many working days from `from` to `to`, both included.",
      [("from", "string", "YYYY-MM-DD"), ("to", "string", "YYYY-MM-DD")], returns: "integer"
    ) { call, s in
      let from = try call.date(1), to = try call.date(2)
      guard from <= to else { throw call.argumentError(2, "\(to) is before \(from)") }
      call.push(Int64(s.calendar.workdays(in: from...to)))
    },
    ServiceFunction(
      "day", "The day's standing: working day, weekend, holiday, make-up workday or closure.",
      [("date", "string", "YYYY-MM-DD")], returns: "tz.Day"
    ) { call, s in
      let status = s.calendar.status(of: try call.date(1))
      call.push(
        .table(
          LuaTable(fields: [
            "date": status.date.lua, "weekday": .integer(Int64(status.date.weekday.rawValue)),
            "workday": .boolean(status.isWorkday), "kind": .string(status.kind.rawValue),
            "name": status.name.map(LuaValue.string) ?? .nil,
          ])))
    },
  ]

  static func termValue(_ term: SchoolTerm) -> LuaValue {
    .table(
      LuaTable(fields: [
        "name": .string(term.name), "key": .string(term.key.description), "start": term.start.lua,
        "end": term.end.lua, "midterm": term.midtermDate.lua,
      ]))
  }

  static func dueValue(_ occurrence: Scheduling.Occurrence) -> LuaValue {
    .table(
      LuaTable(fields: [
        "due": occurrence.due.lua, "nominal": occurrence.nominal.lua,
        "period": .string(occurrence.period.description),
        "quota": .integer(Int64(occurrence.quota)),
      ]))
  }
}
