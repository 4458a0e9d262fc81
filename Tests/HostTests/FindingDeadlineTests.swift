import Foundation
import Host
import Scheduling
import Testing

/// Rectification deadlines in working days, over the 2026 National Day holiday, worked out
/// by hand from Plugins/calendar/holidays/2026.lua: 中秋节 Sep 25–27 off, 国庆节 Oct 1–7 off,
/// Sun Sep 20 and Sat Oct 10 make-up workdays (调休上班).
@Suite("Finding deadlines")
struct FindingDeadlineTests {
  static let calendar: WorkCalendar = {
    let folder = CalendarDataTests.plugins.appendingPathComponent("calendar")
    return (try? HolidayDataLoader(pluginFolder: folder).workCalendar()) ?? .weekendsOnly
  }()

  func deadline(_ text: String, found: String) throws -> String {
    try FindingDeadline.resolve(text, foundOn: #require(CivilDate(found)), calendar: Self.calendar).description
  }

  @Test func overNationalDay() throws {
    #expect(Self.calendar.covers(year: 2026))
    // Found Tue Sep 29 + 5 workdays: Wed Sep 30 (1); Oct 1–7 off; Thu Oct 8 (2), Fri Oct 9 (3),
    // Sat Oct 10 make-up (4), Sun Oct 11 off, Mon Oct 12 (5).
    #expect(try deadline("5 个工作日", found: "2026-09-29") == "2026-10-12")
    #expect(try deadline("5wd", found: "2026-09-29") == "2026-10-12")
    #expect(try deadline("5 workdays", found: "2026-09-29") == "2026-10-12")
    // Found Fri Sep 18 + 10 workdays: Sat 19 off, Sun Sep 20 make-up (1), Mon–Thu Sep 21–24
    // (2–5), Sep 25–27 中秋 off, Mon–Wed Sep 28–30 (6–8), Oct 1–7 off, Thu Oct 8 (9), Fri Oct 9 (10).
    #expect(try deadline("10wd", found: "2026-09-18") == "2026-10-09")
    // Found on a holiday, Sat Oct 3 + 1 workday: the first workday after it, Thu Oct 8.
    #expect(try deadline("1个工作日", found: "2026-10-03") == "2026-10-08")
    // Calendar days ignore the holidays.
    #expect(try deadline("30 天", found: "2026-09-29") == "2026-10-29")
    #expect(try deadline("2026-10-20", found: "2026-09-29") == "2026-10-20")
  }

  @Test func badDeadlines() {
    for text in ["下周", "0wd", "5 个月", "", "2026-02-30"] {
      #expect(throws: UsageError.self, "\(text)") { try deadline(text, found: "2026-09-29") }
    }
    #expect(throws: UsageError.self) { try deadline("2026-09-28", found: "2026-09-29") }
  }
}
