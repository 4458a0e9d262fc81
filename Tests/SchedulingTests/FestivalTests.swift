import Scheduling
import Testing

/// Festival dates 2020–2030, typed from a printed lunar calendar (万年历).
@Suite struct FestivalTests {
  static let springFestival = [
    "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29",
    "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03",
  ]
  static let newYearsEve = [
    "2020-01-24", "2021-02-11", "2022-01-31", "2023-01-21", "2024-02-09", "2025-01-28",
    "2026-02-16", "2027-02-05", "2028-01-25", "2029-02-12", "2030-02-02",
  ]
  static let dragonBoat = [
    "2020-06-25", "2021-06-14", "2022-06-03", "2023-06-22", "2024-06-10", "2025-05-31",
    "2026-06-19", "2027-06-09", "2028-05-28", "2029-06-16", "2030-06-05",
  ]
  static let midAutumn = [
    "2020-10-01", "2021-09-21", "2022-09-10", "2023-09-29", "2024-09-17", "2025-10-06",
    "2026-09-25", "2027-09-15", "2028-10-03", "2029-09-22", "2030-09-12",
  ]
  static let doubleNinth = [
    "2020-10-25", "2021-10-14", "2022-10-04", "2023-10-23", "2024-10-11", "2025-10-29",
    "2026-10-18",
  ]
  static let qixi = [
    "2020-08-25", "2021-08-14", "2022-08-04", "2023-08-22", "2024-08-10", "2025-08-29",
    "2026-08-19",
  ]

  static func check(_ festival: Festival, _ dates: [String]) {
    for (i, text) in dates.enumerated() {
      #expect(festival.date(in: 2020 + i) == day(text), "\(festival.chineseName) \(2020 + i)")
    }
  }

  @Test func springFestivalAndLantern() {
    Self.check(.chunjie, Self.springFestival)
    for (i, text) in Self.springFestival.enumerated() {
      #expect(Festival.yuanxiao.date(in: 2020 + i) == day(text).adding(days: 14))
    }
  }

  @Test func newYearsEveIsTheLastDayOfTheTwelfthMonth() {
    Self.check(.chuxi, Self.newYearsEve)
  }

  @Test func summerAndAutumnFestivals() {
    Self.check(.duanwu, Self.dragonBoat)
    Self.check(.zhongqiu, Self.midAutumn)
    Self.check(.chongyang, Self.doubleNinth)
    Self.check(.qixi, Self.qixi)
  }

  @Test func festivalsOnADay() {
    #expect(Festival.on(day("2026-02-16")) == [.chuxi])
    #expect(Festival.on(day("2026-10-01")) == [.guoqing])
    #expect(Festival.on(day("2026-04-05")) == [.qingming])
    #expect(Festival.on(day("2026-10-10")).isEmpty)
  }

  @Test func doubleNinthExtremesReportedByTheAstronomicalAlmanac() {
    // Xinhua, 2022-10-03, quoting the Tianjin astronomical society: over 1901–2100 重阳
    // falls between 10-01 (2033) and 11-01 (1995); it fell on 10-04 in 2003 and 2022, on
    // 10-02 in 2014, and 2022's is the earliest of 2015–2032.
    #expect(Festival.chongyang.date(in: 2033) == day("2033-10-01"))
    #expect(Festival.chongyang.date(in: 1995) == day("1995-11-01"))
    #expect(Festival.chongyang.date(in: 2003) == day("2003-10-04"))
    #expect(Festival.chongyang.date(in: 2014) == day("2014-10-02"))
    for year in 2015...2032 {
      let date = Festival.chongyang.date(in: year)!
      #expect(date >= day("\(year)-10-04"), "\(year)")
    }
    // Foundation's Chinese calendar (ICU) puts 2097's 重阳 on 11-04, outside that range: a
    // known far-future divergence from the official tables, documented in docs/calendar.md.
    for year in 1901...2096 {
      let date = Festival.chongyang.date(in: year)!
      #expect(date >= day("\(year)-10-01") && date <= day("\(year)-11-01"), "\(year)")
    }
  }
}
