/// A festival or memorial day shown on the calendar: traditional lunar festivals, the
/// solar-dated public holidays, and 清明 (a solar term).
public enum Festival: String, CaseIterable, Sendable {
  case yuandan, chunjie, yuanxiao, qingming, laodong, duanwu, qixi, zhongqiu, chongyang
  case guoqing, chuxi

  /// The Chinese name.
  public var chineseName: String {
    switch self {
    case .yuandan: return "元旦"
    case .chunjie: return "春节"
    case .yuanxiao: return "元宵节"
    case .qingming: return "清明节"
    case .laodong: return "劳动节"
    case .duanwu: return "端午节"
    case .qixi: return "七夕"
    case .zhongqiu: return "中秋节"
    case .chongyang: return "重阳节"
    case .guoqing: return "国庆节"
    case .chuxi: return "除夕"
    }
  }

  /// The Gregorian date of this festival in Gregorian year `year`.
  public func date(in year: Int) -> CivilDate? {
    switch self {
    case .yuandan: return CivilDate(year, 1, 1)
    case .laodong: return CivilDate(year, 5, 1)
    case .guoqing: return CivilDate(year, 10, 1)
    case .qingming: return SolarTerm.qingming.date(in: year)
    case .chunjie: return LunarCalendar.solarDate(of: LunarDate(year: year, month: 1, day: 1))
    case .yuanxiao: return LunarCalendar.solarDate(of: LunarDate(year: year, month: 1, day: 15))
    case .duanwu: return LunarCalendar.solarDate(of: LunarDate(year: year, month: 5, day: 5))
    case .qixi: return LunarCalendar.solarDate(of: LunarDate(year: year, month: 7, day: 7))
    case .zhongqiu: return LunarCalendar.solarDate(of: LunarDate(year: year, month: 8, day: 15))
    case .chongyang: return LunarCalendar.solarDate(of: LunarDate(year: year, month: 9, day: 9))
    case .chuxi:
      // The last day of the twelfth month of the lunar year that began the year before.
      return LunarCalendar.lastDay(ofMonth: 12, year: year - 1)
    }
  }

  /// The festivals falling on `date`.
  public static func on(_ date: CivilDate) -> [Festival] {
    allCases.filter { $0.date(in: date.year) == date }
  }
}
