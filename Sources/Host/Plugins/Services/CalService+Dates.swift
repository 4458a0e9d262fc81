import LuaRuntime
import Scheduling

extension CalService {
  /// Lunar dates, festivals and solar terms; the unit's terms; rule previews.
  static let dateFunctions: [ServiceFunction] = [
    ServiceFunction(
      "lunar", "The lunar date of a day.", [("date", "string", "YYYY-MM-DD")],
      returns: "tz.LunarDate"
    ) { call, _ in
      let lunar = LunarCalendar.lunarDate(of: try call.date(1))
      call.push(
        .table(
          LuaTable(fields: [
            "year": .integer(Int64(lunar.year)), "month": .integer(Int64(lunar.month)),
            "day": .integer(Int64(lunar.day)), "leap": .boolean(lunar.isLeapMonth),
            "text": .string(lunar.chineseDescription),
          ])))
    },
    ServiceFunction(
      "festivals", "The festivals on a day (元旦, 春节 … 重阳节, 除夕), by Chinese name.",
      [("date", "string", "YYYY-MM-DD")], returns: "string[]"
    ) { call, _ in
      call.push(
        .table(LuaTable(sequence: Festival.on(try call.date(1)).map { .string($0.chineseName) })))
    },
    ServiceFunction(
      "festival_date",
      "The day of a festival in a year, by Chinese name (\"中秋节\") or pinyin key (\"zhongqiu\").",
      [("name", "string", "e.g. 春节, 端午节, chongyang"), ("year", "integer", "the Gregorian year")],
      returns: "string? # YYYY-MM-DD"
    ) { call, _ in
      let name = try call.string(1)
      let year = try call.integer(2)
      guard
        let festival = Festival.allCases.first(where: {
          $0.chineseName == name || $0.rawValue == name
        })
      else {
        throw call.argumentError(
          1,
          "unknown festival \"\(name)\"; known: \(Festival.allCases.map(\.chineseName).joined(separator: "、"))"
        )
      }
      guard (1901...2099).contains(year) else {
        throw call.argumentError(2, "year \(year) is outside 1901–2099")
      }
      call.push(festival.date(in: Int(year)).map(\.lua) ?? .nil)
    },
    ServiceFunction(
      "solar_term", "The solar term (节气) falling on a day, or nil.",
      [("date", "string", "YYYY-MM-DD")], returns: "string? # e.g. 清明"
    ) { call, _ in
      call.push(SolarTerm.on(try call.date(1)).map { LuaValue.string($0.chineseName) } ?? .nil)
    },
    ServiceFunction(
      "solar_term_date", "The day of a solar term in a year.",
      [("name", "string", "e.g. 清明, 冬至"), ("year", "integer", "the Gregorian year")],
      returns: "string # YYYY-MM-DD"
    ) { call, _ in
      let name = try call.string(1)
      let year = try call.integer(2)
      guard let term = SolarTerm.allCases.first(where: { $0.chineseName == name }) else {
        throw call.argumentError(1, "unknown solar term \"\(name)\"")
      }
      guard (1901...2099).contains(year) else {
        throw call.argumentError(2, "year \(year) is outside 1901–2099")
      }
      call.push(term.date(in: Int(year)).description)
    },
    ServiceFunction(
      "terms", "The school terms of the unit in context (empty when it keeps none).",
      returns: "tz.Term[]"
    ) { call, s in
      call.push(.table(LuaTable(sequence: try s.schoolCalendar("tz.cal.terms").terms.map(termValue))))
    },
    ServiceFunction(
      "term_of", "The unit's school term holding a day, or nil (a vacation, or no terms).",
      [("date", "string", "YYYY-MM-DD")], returns: "tz.Term?"
    ) { call, s in
      let date = try call.date(1)
      call.push(try s.schoolCalendar("tz.cal.term_of").term(containing: date).map(termValue) ?? .nil)
    },
    ServiceFunction(
      "vacation", "The unit's vacation (寒假 or 暑假) holding a day, or nil.",
      [("date", "string", "YYYY-MM-DD")], returns: "string?"
    ) { call, s in
      let date = try call.date(1)
      let vacation = try s.schoolCalendar("tz.cal.vacation").vacations.first { $0.from <= date && date <= $0.to }
      call.push(vacation.map { LuaValue.string($0.name) } ?? .nil)
    },
    ServiceFunction(
      "preview",
      "The next occurrences of a recurrence rule (in the unit's terms when a unit is in context).",
      [
        ("rule", "string|table", "a rule, e.g. \"monthly on last workday\""),
        ("opts", "tz.PreviewOptions?", "from, count"),
      ],
      returns: "tz.Due[]"
    ) { call, s in
      let rule: RecurrenceRule
      do {
        rule = try RecurrenceRule(lua: try call.value(1))
      } catch {
        throw call.argumentError(1, "\(error)")
      }
      let options = try call.options(2, allowed: ["from", "count"])
      let from =
        try call.stringOption(options, "from", argument: 2).map { text in
          guard let date = CivilDate(text) else {
            throw call.argumentError(2, "option \"from\": \"\(text)\" should read YYYY-MM-DD")
          }
          return date
        } ?? s.today
      let count = try call.integerOption(options, "count", argument: 2) ?? 5
      guard (1...100).contains(count) else {
        throw call.argumentError(2, "option \"count\" should be 1 to 100")
      }
      let occurrences = rule.upcoming(from: from, count: count, context: s.schedulingContext)
      call.push(.table(LuaTable(sequence: occurrences.map(dueValue))))
    },
  ]
}
