extension CivilDate {
  /// The ISO 8601 week-numbering year and week of this date.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday.rawValue)
    let y = thursday.year
    let week = (thursday.dayNumber - CivilDate(y, 1, 1).dayNumber) / 7 + 1
    return (y, week)
  }

  /// The Monday of ISO week `week` of ISO year `year`.
  public static func mondayOf(isoYear year: Int, week: Int) -> CivilDate {
    let jan4 = CivilDate(year, 1, 4)
    return jan4.adding(days: 1 - jan4.weekday.rawValue + (week - 1) * 7)
  }

  /// The number of ISO weeks in ISO year `year` (52 or 53).
  public static func isoWeeks(in year: Int) -> Int {
    CivilDate(year, 12, 28).isoWeek.week
  }

  /// The Monday on or before this date.
  public var startOfWeek: CivilDate { adding(days: 1 - weekday.rawValue) }
}
