/// A date in the Chinese lunisolar calendar (农历).
public struct LunarDate: Hashable, Sendable, Codable {
  /// The Gregorian year in which this lunar year began (its 正月初一).
  public var year: Int
  /// The month, 1–12 (1 = 正月, 11 = 冬月, 12 = 腊月).
  public var month: Int
  /// Whether this is the leap month (闰月) that follows `month`.
  public var isLeapMonth: Bool
  /// The day, 1–30.
  public var day: Int

  /// Creates a lunar date (not checked; use `LunarCalendar.solarDate(of:)` to validate).
  public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
    self.year = year
    self.month = month
    self.day = day
    self.isLeapMonth = isLeapMonth
  }

  /// The sexagenary (干支) name of the year, e.g. 丙午.
  public var yearName: String { LunarNames.stemBranch(year) }

  /// The zodiac animal of the year (生肖), e.g. 马.
  public var zodiac: String { LunarNames.zodiac(year) }

  /// The month's name, e.g. 正月, 闰六月, 冬月, 腊月.
  public var monthName: String { (isLeapMonth ? "闰" : "") + LunarNames.month(month) }

  /// The day's name, e.g. 初一, 十五, 廿九, 三十.
  public var dayName: String { LunarNames.day(day) }

  /// The full Chinese form, e.g. 丙午年正月初一.
  public var chineseDescription: String { "\(yearName)年\(monthName)\(dayName)" }
}

/// Chinese names for lunar years, months and days.
public enum LunarNames {
  static let stems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
  static let branches = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]
  static let animals = ["鼠", "牛", "虎", "兔", "龙", "蛇", "马", "羊", "猴", "鸡", "狗", "猪"]
  static let months = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
  static let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  /// The 干支 name of a lunar year given by the Gregorian year it starts in (1984 = 甲子).
  public static func stemBranch(_ year: Int) -> String {
    let n = ((year - 4) % 60 + 60) % 60
    return stems[n % 10] + branches[n % 12]
  }

  /// The zodiac animal of a lunar year.
  public static func zodiac(_ year: Int) -> String { animals[(((year - 4) % 12) + 12) % 12] }

  /// The month name without 闰: 正月 … 十月, 冬月, 腊月.
  public static func month(_ month: Int) -> String { months[(month - 1) % 12] + "月" }

  /// The day name: 初一 … 初十, 十一 … 二十, 廿一 … 廿九, 三十.
  public static func day(_ day: Int) -> String {
    switch day {
    case 1...10: return "初" + digits[day]
    case 11...19: return "十" + digits[day - 10]
    case 20: return "二十"
    case 21...29: return "廿" + digits[day - 20]
    default: return "三十"
    }
  }
}
