import Scheduling

/// The official arrangements, typed in by hand from the State Council notices
/// (国办发明电〔2024〕12号 for 2025; the notice of 2025-11-04 for 2026).
enum Official {
  static func d(_ s: String) -> CivilDate { CivilDate(s)! }

  static let y2025 = try! HolidayArrangement(
    year: 2025, source: "国办发明电〔2024〕12号",
    holidays: [
      .init(name: "元旦", from: d("2025-01-01"), to: d("2025-01-01")),
      .init(name: "春节", from: d("2025-01-28"), to: d("2025-02-04")),
      .init(name: "清明节", from: d("2025-04-04"), to: d("2025-04-06")),
      .init(name: "劳动节", from: d("2025-05-01"), to: d("2025-05-05")),
      .init(name: "端午节", from: d("2025-05-31"), to: d("2025-06-02")),
      .init(name: "国庆节、中秋节", from: d("2025-10-01"), to: d("2025-10-08")),
    ],
    workdays: [
      .init(date: d("2025-01-26"), forHoliday: "春节"),
      .init(date: d("2025-02-08"), forHoliday: "春节"),
      .init(date: d("2025-04-27"), forHoliday: "劳动节"),
      .init(date: d("2025-09-28"), forHoliday: "国庆节、中秋节"),
      .init(date: d("2025-10-11"), forHoliday: "国庆节、中秋节"),
    ])

  static let y2026 = try! HolidayArrangement(
    year: 2026, source: "国务院办公厅关于2026年部分节假日安排的通知",
    holidays: [
      .init(name: "元旦", from: d("2026-01-01"), to: d("2026-01-03")),
      .init(name: "春节", from: d("2026-02-15"), to: d("2026-02-23")),
      .init(name: "清明节", from: d("2026-04-04"), to: d("2026-04-06")),
      .init(name: "劳动节", from: d("2026-05-01"), to: d("2026-05-05")),
      .init(name: "端午节", from: d("2026-06-19"), to: d("2026-06-21")),
      .init(name: "中秋节", from: d("2026-09-25"), to: d("2026-09-27")),
      .init(name: "国庆节", from: d("2026-10-01"), to: d("2026-10-07")),
    ],
    workdays: [
      .init(date: d("2026-01-04"), forHoliday: "元旦"),
      .init(date: d("2026-02-14"), forHoliday: "春节"),
      .init(date: d("2026-02-28"), forHoliday: "春节"),
      .init(date: d("2026-05-09"), forHoliday: "劳动节"),
      .init(date: d("2026-09-20"), forHoliday: "国庆节"),
      .init(date: d("2026-10-10"), forHoliday: "国庆节"),
    ])

  static let calendar = WorkCalendar(arrangements: [y2025, y2026])
  static let context = SchedulingContext(calendar: calendar)
}

/// Shorthand for a date literal in tests.
func day(_ s: String) -> CivilDate { CivilDate(s)! }
