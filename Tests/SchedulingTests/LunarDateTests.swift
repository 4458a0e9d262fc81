import Scheduling
import Testing

@Suite struct LunarDateTests {
  @Test func datesNamedInTheHolidayNotices() {
    // The 2026 notice: 02-15 is 腊月二十八, 02-23 is 正月初七; the 2025 notice: 01-28 is
    // 除夕, 02-04 正月初七.
    #expect(
      LunarCalendar.lunarDate(of: day("2026-02-15")) == LunarDate(year: 2025, month: 12, day: 28))
    #expect(
      LunarCalendar.lunarDate(of: day("2026-02-23")) == LunarDate(year: 2026, month: 1, day: 7))
    #expect(
      LunarCalendar.lunarDate(of: day("2025-02-04")) == LunarDate(year: 2025, month: 1, day: 7))
    #expect(Festival.chuxi.date(in: 2025) == day("2025-01-28"))
  }

  @Test func chineseDisplay() {
    #expect(LunarCalendar.lunarDate(of: day("2026-02-17")).chineseDescription == "丙午年正月初一")
    #expect(LunarCalendar.lunarDate(of: day("2026-02-16")).chineseDescription == "乙巳年腊月廿九")
    #expect(LunarCalendar.lunarDate(of: day("2025-07-25")).monthName == "闰六月")
    #expect(
      LunarDate(year: 2024, month: 11, day: 20).monthName
        + LunarDate(year: 2024, month: 11, day: 20).dayName == "冬月二十")
    #expect(LunarDate(year: 2024, month: 1, day: 30).dayName == "三十")
    #expect(LunarDate(year: 2024, month: 1, day: 15).dayName == "十五")
    #expect(LunarDate(year: 2026, month: 1, day: 1).zodiac == "马")
    #expect(LunarNames.stemBranch(1984) == "甲子")
    #expect(LunarNames.stemBranch(2025) == "乙巳")
  }

  @Test func leapMonths() {
    #expect(LunarCalendar.leapMonth(in: 2020) == 4)
    #expect(LunarCalendar.leapMonth(in: 2023) == 2)
    #expect(LunarCalendar.leapMonth(in: 2025) == 6)
    #expect(LunarCalendar.leapMonth(in: 2026) == nil)
    #expect(
      LunarCalendar.lunarDate(of: day("2023-03-22"))
        == LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true))
    #expect(
      LunarCalendar.solarDate(of: LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true))
        == day("2025-07-25"))
    #expect(
      LunarCalendar.solarDate(of: LunarDate(year: 2026, month: 6, day: 1, isLeapMonth: true)) == nil
    )
  }

  @Test func twelfthMonthOf2025HasTwentyNineDays() {
    // 除夕 2026 is 腊月廿九, so 腊月三十 does not exist that year.
    #expect(LunarCalendar.length(ofMonth: 12, year: 2025) == 29)
    #expect(LunarCalendar.solarDate(of: LunarDate(year: 2025, month: 12, day: 30)) == nil)
  }

  @Test func solarToLunarToSolarRoundTrips() {
    for date in stride(from: day("2020-01-01"), through: day("2030-12-31"), by: 3) {
      let lunar = LunarCalendar.lunarDate(of: date)
      #expect(LunarCalendar.solarDate(of: lunar) == date, "\(date)")
    }
  }
}
