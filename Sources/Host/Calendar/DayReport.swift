import Scheduling

/// Everything the calendar knows about one date: workday or not and why, the lunar date,
/// festivals and solar term.
public struct DayReport: Sendable, Encodable {
  /// The date.
  public let date: CivilDate
  /// Its standing in the work calendar.
  public let status: DayStatus
  /// The lunar date.
  public let lunar: LunarDate
  /// Festivals falling on the date.
  public let festivals: [Festival]
  /// The solar term falling on the date, if any.
  public let solarTerm: SolarTerm?

  /// Builds the report for `date` in `calendar`.
  public init(date: CivilDate, calendar: WorkCalendar) {
    self.date = date
    self.status = calendar.status(of: date)
    self.lunar = LunarCalendar.lunarDate(of: date)
    self.festivals = Festival.on(date)
    self.solarTerm = SolarTerm.on(date)
  }

  /// The lines `taizhang calendar day` prints, in Chinese.
  public var lines: [String] {
    let weekday = date.weekday.chineseName
    var out = ["日期：\(date) \(weekday)"]
    switch status.kind {
    case .workday: out.append("状态：工作日")
    case .weekend: out.append("状态：休息日（周末）")
    case .holiday: out.append("状态：休息日（\(status.name ?? "")假期）")
    case .makeupWorkday:
      out.append("状态：工作日（\(weekday)调休上班，补\(status.name ?? "")假期）")
    case .closure: out.append("状态：休息日（单位停休：\(status.name ?? "")）")
    }
    out.append("农历：\(lunar.chineseDescription)（\(lunar.zodiac)年）")
    let names = festivals.map(\.chineseName) + (solarTerm.map { ["\($0.chineseName)（节气）"] } ?? [])
    if !names.isEmpty { out.append("节日：" + names.joined(separator: "、")) }
    if !status.isCovered {
      out.append("注意：未收录 \(date.year) 年的国务院节假日安排，以上仅按周末推算。")
    }
    return out
  }

  enum CodingKeys: String, CodingKey {
    case date, weekday, workday, kind, name, covered, lunar, festivals, solarTerm = "solar_term"
  }

  /// The JSON form used by `--json`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(date, forKey: .date)
    try c.encode(date.weekday.chineseName, forKey: .weekday)
    try c.encode(status.isWorkday, forKey: .workday)
    try c.encode(status.kind.rawValue, forKey: .kind)
    try c.encodeIfPresent(status.name, forKey: .name)
    try c.encode(status.isCovered, forKey: .covered)
    try c.encode(
      LunarJSON(
        year: lunar.year, month: lunar.month, day: lunar.day, leap: lunar.isLeapMonth,
        text: lunar.chineseDescription), forKey: .lunar)
    try c.encode(festivals.map(\.chineseName), forKey: .festivals)
    try c.encodeIfPresent(solarTerm?.chineseName, forKey: .solarTerm)
  }

  struct LunarJSON: Encodable {
    let year: Int, month: Int, day: Int, leap: Bool, text: String
  }
}
