import Foundation
import Host
import Scheduling
import Testing

/// Every day of 2023–2026 against the State Council notices, worked out by hand from their
/// text (not from the data files): the days off, including the weekend days a notice joins
/// to a holiday (与周末连休), and the make-up working days (上班).
@Suite struct HolidayNoticesTests {
  /// 国办发明电〔2022〕16号, 〔2023〕7号, 〔2024〕12号, 〔2025〕7号: (first, last) day off.
  static let daysOff: [(String, String)] = [
    // 2023
    ("2023-01-01", "2023-01-02"), ("2023-01-21", "2023-01-27"), ("2023-04-05", "2023-04-05"),
    ("2023-04-29", "2023-05-03"), ("2023-06-22", "2023-06-24"), ("2023-09-29", "2023-10-06"),
    // 2024: 元旦 1月1日与周末连休; 端午 6月10日与周末连休.
    ("2024-01-01", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
    ("2024-05-01", "2024-05-05"), ("2024-06-08", "2024-06-10"), ("2024-09-15", "2024-09-17"),
    ("2024-10-01", "2024-10-07"),
    // 2025
    ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
    ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
    // 2026
    ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
    ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
    ("2026-10-01", "2026-10-07"),
  ]

  /// The make-up working days (weekend days on which people work).
  static let makeupWorkdays: [String] = [
    "2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08",
    "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
    "2024-10-12",
    "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
    "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
  ]

  @Test("every day of 2023–2026 is a workday exactly when the notices say so")
  func dayByDay() throws {
    let calendar = try HolidayDataLoader(pluginFolder: CalendarDataTests.plugins.appendingPathComponent("calendar"))
      .workCalendar()
    var off: Set<CivilDate> = []
    for (from, to) in Self.daysOff {
      for day in try #require(CivilDate(from))...(try #require(CivilDate(to))) { off.insert(day) }
    }
    let makeup = Set(try Self.makeupWorkdays.map { try #require(CivilDate($0)) })
    for day in CivilDate(2023, 1, 1)...CivilDate(2026, 12, 31) {
      let expected = makeup.contains(day) || (!off.contains(day) && !day.isWeekend)
      #expect(calendar.isWorkday(day) == expected, "\(day)")
      if makeup.contains(day) { #expect(calendar.status(of: day).kind == .makeupWorkday, "\(day)") }
      if off.contains(day) && !day.isWeekend {
        #expect(calendar.status(of: day).kind == .holiday, "\(day)")
      }
    }
  }
}
