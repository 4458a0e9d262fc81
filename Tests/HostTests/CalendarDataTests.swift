import Foundation
import Host
import LuaRuntime
import Scheduling
import Testing

/// The shipped calendar data plugin, read through the Lua sandbox.
@Suite struct CalendarDataTests {
  static let plugins = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Plugins")

  func loader() -> HolidayDataLoader {
    HolidayDataLoader(pluginFolder: Self.plugins.appendingPathComponent("calendar"))
  }

  @Test func shippedYearsLoad() throws {
    let years = try loader().arrangements().map(\.year)
    #expect(years.contains(2025))
    #expect(years.contains(2026))
  }

  @Test func the2026FileMatchesTheNotice() throws {
    let cal = try loader().workCalendar()
    // From the notice: make-up Saturdays/Sundays and a few holidays.
    for text in [
      "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ] {
      #expect(cal.status(of: CivilDate(text)!).kind == .makeupWorkday, "\(text)")
    }
    #expect(cal.status(of: CivilDate("2026-02-16")!).name == "春节")
    #expect(cal.status(of: CivilDate("2026-10-10")!).name == "国庆节")
    #expect(cal.workdays(in: CivilDate("2026-01-01")!...CivilDate("2026-12-31")!) == 248)
    #expect(cal.workdays(in: CivilDate("2025-01-01")!...CivilDate("2025-12-31")!) == 248)
  }

  @Test func earlierYearsSpotChecks() throws {
    let cal = try loader().workCalendar()
    // 2024 (国办发明电〔2023〕7号) and 2023 (国办发明电〔2022〕16号): make-up Sundays and
    // Saturdays, and days off.
    for text in [
      "2024-02-04", "2024-02-18", "2024-04-07", "2024-10-12", "2023-01-29", "2023-10-08",
    ] {
      #expect(cal.status(of: CivilDate(text)!).kind == .makeupWorkday, "\(text)")
    }
    for text in ["2024-02-16", "2024-09-16", "2023-01-27", "2023-06-23", "2022-12-31"] {
      #expect(!cal.isWorkday(CivilDate(text)!), "\(text)")
    }
    #expect(cal.coveredYears == [2023, 2024, 2025, 2026])
  }

  func write(_ body: String, year: String = "2030") throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("tz-cal-\(UUID().uuidString)/calendar")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("holidays"), withIntermediateDirectories: true)
    try "return { id = \"calendar\", api = 1, kind = \"data\" }"
      .write(to: root.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try body.write(
      to: root.appendingPathComponent("holidays/\(year).lua"), atomically: true, encoding: .utf8)
    return root
  }

  @Test func badDateNamesFileAndField() throws {
    let root = try write(
      """
      return { year = 2030, holidays = { { name = "元旦", from = "2030-01-01", to = "2030-13-01" } } }
      """)
    #expect(
      throws: CalendarDataError(
        file: "Plugins/calendar/holidays/2030.lua", field: "holidays[1].to",
        message: "“2030-13-01”不是 YYYY-MM-DD 格式的日期")
    ) {
      try HolidayDataLoader(pluginFolder: root).arrangements()
    }
  }

  @Test func yearMustMatchTheFileName() throws {
    let root = try write("return { year = 2031 }")
    #expect(throws: CalendarDataError.self) {
      try HolidayDataLoader(pluginFolder: root).arrangements()
    }
  }

  @Test func aFileThatIsNotATableIsRejected() throws {
    let root = try write("return 42")
    #expect(throws: CalendarDataError.self) {
      try HolidayDataLoader(pluginFolder: root).arrangements()
    }
  }

  @Test func ruleFromLuaTableAndText() throws {
    let table = try RecurrenceRule(
      lua: .table(
        LuaTable(fields: [
          "every": "month", "on": "last workday", "holiday": "previous",
        ])))
    #expect(table.description == "monthly on last workday holiday previous")
    #expect(try RecurrenceRule(lua: .string("weekly on thu")).description == "weekly on thu")
    #expect(throws: RuleSyntaxError.self) { try RecurrenceRule(lua: .string("weekly on thurs")) }
  }
}
