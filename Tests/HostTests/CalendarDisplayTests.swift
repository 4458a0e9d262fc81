import Host
import Scheduling
import Testing

/// What `taizhang calendar` shows, built from a hand-typed 2026 arrangement.
@Suite struct CalendarDisplayTests {
  static let calendar: WorkCalendar = {
    let d = { (s: String) in CivilDate(s)! }
    let y2026 = try! HolidayArrangement(
      year: 2026, source: "test",
      holidays: [
        .init(name: "春节", from: d("2026-02-15"), to: d("2026-02-23")),
        .init(name: "国庆节", from: d("2026-10-01"), to: d("2026-10-07")),
      ],
      workdays: [
        .init(date: d("2026-02-14"), forHoliday: "春节"),
        .init(date: d("2026-02-28"), forHoliday: "春节"),
        .init(date: d("2026-09-20"), forHoliday: "国庆节"),
        .init(date: d("2026-10-10"), forHoliday: "国庆节"),
      ])
    return WorkCalendar(arrangements: [y2026])
  }()

  @Test func makeUpSaturday() throws {
    let lines = try CalendarQueries(calendar: Self.calendar).day("2026-10-10").lines
    #expect(lines.contains("状态：工作日（星期六调休上班，补国庆节假期）"))
  }

  @Test func newYearsEve2026() throws {
    let lines = try CalendarQueries(calendar: Self.calendar).day("2026-02-16").lines
    #expect(lines.contains("状态：休息日（春节假期）"))
    #expect(lines.contains { $0.hasPrefix("农历：乙巳年腊月廿九") })
    #expect(lines.contains("节日：除夕"))
  }

  @Test func uncoveredYearIsFlagged() throws {
    let lines = try CalendarQueries(calendar: Self.calendar).day("2027-10-01").lines
    #expect(lines.last?.hasPrefix("注意：") == true)
  }

  @Test func monthGridColumnsLineUp() throws {
    let grid = try CalendarQueries(calendar: Self.calendar).month("2026-10")
    let lines = grid.lines
    #expect(lines[0] == "2026年10月  农历丙午年八月—九月")
    // Week rows: every cell is 8 columns wide, so no row is wider than 7 × 8.
    for line in lines[1...11] { #expect(TextWidth.of(line) <= 56, "\(line)") }
    // The first week starts on Thursday: three empty cells, then "  1休" (numbers take 3 columns).
    let firstWeek = lines[2]
    #expect(TextWidth.of(String(firstWeek.prefix(while: { $0 == " " }))) == 3 * 8 + 2)
    #expect(firstWeek.contains("1休"))
    #expect(lines[4].contains("10班"))
    #expect(lines.contains("班：10月10日调休上班（国庆节）"))
  }

  @Test func textWidthCountsCJKAsTwo() {
    #expect(TextWidth.of("国庆节") == 6)
    #expect(TextWidth.of("10班") == 4)
    #expect(TextWidth.pad("休", to: 4) == "休  ")
  }

  @Test func rulePreviewAndErrors() throws {
    let queries = CalendarQueries(calendar: Self.calendar)
    let preview = try queries.next(rule: "monthly on last workday", from: "2026-01-01", count: 3)
    #expect(
      preview.occurrences.map(\.due.description) == ["2026-01-30", "2026-02-28", "2026-03-31"])
    #expect(throws: UsageError.self) {
      try queries.next(rule: "weekly on thurs", from: nil, count: 1)
    }
    #expect(throws: UsageError.self) { try queries.day("2026-02-30") }
    #expect(throws: UsageError.self) {
      try queries.next(
        rule: "termly at start", from: nil, count: 1, terms: ["2026-07-10..2026-03-02"])
    }
  }
}
