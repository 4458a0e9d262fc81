extension RecurrenceRule {
  /// The occurrences whose due date lies in `range`, in due-date order. Deterministic:
  /// the same rule, context and range always give the same list.
  public func occurrences(
    in range: ClosedRange<CivilDate>, context: SchedulingContext
  ) -> [Occurrence] {
    // Generate a little beyond the range so that holiday moves across its edges count.
    let margin = holidays == .keep || holidays == .skip ? 0 : 31
    let wide = range.lowerBound.adding(days: -margin)...range.upperBound.adding(days: margin)
    var result: [Occurrence] = []
    result.reserveCapacity(estimatedCount(in: range))
    let calendar = context.calendar
    generate(over: wide, context: context) { period, nominal, window, quota in
      if let from, nominal < from { return }
      if let until, nominal > until { return }
      if let w = self.window, !isPhaseQuota, !w.contains(nominal) { return }
      var due = nominal
      if !calendar.isWorkday(nominal) {
        switch holidays {
        case .keep: break
        case .skip: return
        case .previous: due = calendar.workdayOnOrBefore(nominal)
        case .next: due = calendar.workdayOnOrAfter(nominal)
        }
      }
      guard range.contains(due) else { return }
      let lower = Swift.min(window.lowerBound, due)
      let upper = Swift.max(window.upperBound, due)
      result.append(
        Occurrence(
          period: period, due: due, nominal: nominal, window: lower...upper,
          time: time, quota: quota))
    }
    let ordered = zip(result, result.dropFirst()).allSatisfy { $0.due <= $1.due }
    if !ordered {
      result.sort { ($0.due, $0.period.description) < ($1.due, $1.period.description) }
    }
    return result
  }

  /// The occurrences due within `period` (a term's days come from the context).
  public func occurrences(for period: PeriodKey, context: SchedulingContext) -> [Occurrence] {
    guard let days = period.days ?? context.school.term(period)?.days else { return [] }
    return occurrences(in: days, context: context)
  }

  /// The next `count` occurrences due on or after `date` (searching up to 50 years ahead).
  public func upcoming(
    from date: CivilDate, count: Int, context: SchedulingContext
  ) -> [Occurrence] {
    var found: [Occurrence] = []
    var start = date
    var span = 366
    while found.count < count && date.distance(to: start) < 50 * 366 {
      let end = start.adding(days: span - 1)
      found += occurrences(in: start...end, context: context)
      start = end.adding(days: 1)
      span = Swift.min(span * 2, 5 * 366)
    }
    return Array(found.prefix(count))
  }

  /// A generous guess at the number of occurrences in `range`, to size the result once.
  func estimatedCount(in range: ClosedRange<CivilDate>) -> Int {
    let days = range.count
    switch pattern {
    case .daily: return days
    case .weekly(_, let weekdays): return (days / 7 + 2) * weekdays.count
    default: return days / 28 + 4
    }
  }

  var isPhaseQuota: Bool {
    if case .quota(_, .phase) = pattern { return true }
    return false
  }
}

extension PhaseWindow {
  /// Whether `date` lies in some instance of this window.
  public func contains(_ date: CivilDate) -> Bool {
    let y = date.year
    for start in (y - endYearOffset)...y where days(startingIn: start).contains(date) {
      return true
    }
    return false
  }
}
