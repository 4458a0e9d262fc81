/// A day of the week, numbered as in ISO 8601 (Monday = 1 … Sunday = 7).
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
  case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

  /// The three-letter English token used in rule text (`mon` … `sun`).
  public var token: String {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue - 1]
  }

  /// The Chinese name (星期一 … 星期日).
  public var chineseName: String { "星期" + ["一", "二", "三", "四", "五", "六", "日"][rawValue - 1] }

  /// The short Chinese name used in grids (一 … 日).
  public var chineseShort: String { ["一", "二", "三", "四", "五", "六", "日"][rawValue - 1] }

  /// Parses a rule token (`mon`, `monday`, case-insensitive).
  public init?(token: String) {
    let t = token.lowercased()
    guard
      let found = Weekday.allCases.first(where: {
        $0.token == t || "\($0)" == t
      })
    else { return nil }
    self = found
  }

  public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}
