extension WorkCalendar {
  /// The first workday strictly after `date`.
  public func nextWorkday(after date: CivilDate) -> CivilDate {
    var day = date.adding(days: 1)
    while !isWorkday(day) { day = day.adding(days: 1) }
    return day
  }

  /// The last workday strictly before `date`.
  public func previousWorkday(before date: CivilDate) -> CivilDate {
    var day = date.adding(days: -1)
    while !isWorkday(day) { day = day.adding(days: -1) }
    return day
  }

  /// `date` itself if it is a workday, else the next one.
  public func workdayOnOrAfter(_ date: CivilDate) -> CivilDate {
    isWorkday(date) ? date : nextWorkday(after: date)
  }

  /// `date` itself if it is a workday, else the previous one.
  public func workdayOnOrBefore(_ date: CivilDate) -> CivilDate {
    isWorkday(date) ? date : previousWorkday(before: date)
  }

  /// The date `n` workdays after `date` (before it when `n` is negative). Counting starts
  /// from the next workday, so adding 1 to a Friday gives the following Monday; adding 0
  /// gives `date` itself if it is a workday, else the next workday.
  public func adding(workdays n: Int, to date: CivilDate) -> CivilDate {
    if n == 0 { return workdayOnOrAfter(date) }
    var day = date
    var left = abs(n)
    let step = n > 0 ? 1 : -1
    while left > 0 {
      day = day.adding(days: step)
      if isWorkday(day) { left -= 1 }
    }
    return day
  }

  /// The number of workdays in `range`, both ends included.
  public func workdays(in range: ClosedRange<CivilDate>) -> Int {
    var count = 0
    for day in range where isWorkday(day) { count += 1 }
    return count
  }

  /// The workdays in `range`, ascending.
  public func workdayList(in range: ClosedRange<CivilDate>) -> [CivilDate] {
    range.filter { isWorkday($0) }
  }

  /// The last workday of the month `month` of `year`.
  public func lastWorkday(ofMonth month: Int, year: Int) -> CivilDate {
    workdayOnOrBefore(CivilDate(year, month, 1).endOfMonth)
  }

  /// The first workday of the month `month` of `year`.
  public func firstWorkday(ofMonth month: Int, year: Int) -> CivilDate {
    workdayOnOrAfter(CivilDate(year, month, 1))
  }
}
