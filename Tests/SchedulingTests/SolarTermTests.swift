import Scheduling
import Testing

/// Solar-term dates (Beijing time) from the published almanac.
@Suite struct SolarTermTests {
  @Test func qingming2020to2030() {
    let dates = [
      "2020-04-04", "2021-04-04", "2022-04-05", "2023-04-05", "2024-04-04", "2025-04-04",
      "2026-04-05", "2027-04-05", "2028-04-04", "2029-04-04", "2030-04-05",
    ]
    for (i, text) in dates.enumerated() {
      #expect(SolarTerm.qingming.date(in: 2020 + i) == day(text), "\(2020 + i)")
    }
  }

  @Test func otherTerms() {
    #expect(SolarTerm.lichun.date(in: 2025) == day("2025-02-03"))
    #expect(SolarTerm.lichun.date(in: 2026) == day("2026-02-04"))
    #expect(SolarTerm.chunfen.date(in: 2026) == day("2026-03-20"))
    #expect(SolarTerm.xiazhi.date(in: 2026) == day("2026-06-21"))
    #expect(SolarTerm.qiufen.date(in: 2026) == day("2026-09-23"))
    #expect(SolarTerm.dongzhi.date(in: 2024) == day("2024-12-21"))
    #expect(SolarTerm.dongzhi.date(in: 2025) == day("2025-12-21"))
    #expect(SolarTerm.dongzhi.date(in: 2026) == day("2026-12-22"))
  }

  @Test func termOnADay() {
    #expect(SolarTerm.on(day("2026-04-05")) == .qingming)
    #expect(SolarTerm.on(day("2026-04-06")) == nil)
    #expect(SolarTerm.qingming.chineseName == "清明")
  }

  @Test func termsAreInOrderAndAboutFifteenDaysApart() {
    for year in 2000...2050 {
      let dates = SolarTerm.allCases.map { $0.date(in: year) }
      for (a, b) in zip(dates, dates.dropFirst()) {
        #expect((14...16).contains(a.distance(to: b)), "\(year)")
      }
    }
  }
}
