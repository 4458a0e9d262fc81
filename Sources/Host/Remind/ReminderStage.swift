import Scheduling

/// One moment a reminder about an occurrence goes out: its stage name (part of the
/// delivery key), the day, and who hears it.
struct ReminderStage: Hashable {
  /// Who a stage is for.
  enum Audience: Hashable {
    /// The item's owner role.
    case owner
    /// The n-th step of the escalation chain (1: the first role after the owner).
    case escalation(Int)
  }

  /// How urgent a stage reads in a message, most urgent first.
  enum Urgency: String, CaseIterable, Codable {
    case escalated, overdue, due, soon

    /// Its place in a digest: the most urgent first.
    var rank: Int {
      switch self {
      case .escalated: 0
      case .overdue: 1
      case .due: 2
      case .soon: 3
      }
    }
  }

  /// `soon`, `due`, `overdue-N` or `escalate-N`.
  let name: String
  /// The day it goes out (after quiet days moved it).
  let day: CivilDate
  /// Who hears it.
  let audience: Audience

  var urgency: Urgency {
    switch audience {
    case .escalation: .escalated
    case .owner: name == "soon" ? .soon : name == "due" ? .due : .overdue
    }
  }

  /// Every stage of an occurrence due on `due` under `rule`, up to `horizon`; the
  /// escalation chain has `levels` steps.
  static func stages(
    due: CivilDate, rule: ReminderRule, levels: Int, calendar: WorkCalendar, horizon: CivilDate
  ) -> [ReminderStage] {
    func shift(_ span: DaySpan, times: Int) -> CivilDate {
      span.workdays
        ? calendar.adding(workdays: span.count * times, to: due) : due.adding(days: span.count * times)
    }
    func quiet(_ day: CivilDate) -> CivilDate {
      rule.quietDays ? calendar.workdayOnOrAfter(day) : day
    }
    var stages: [ReminderStage] = []
    if let before = rule.before, before.count > 0 {
      let day = quiet(shift(before, times: -1))
      if day < due { stages.append(ReminderStage(name: "soon", day: day, audience: .owner)) }
    }
    if rule.onDue { stages.append(ReminderStage(name: "due", day: quiet(due), audience: .owner)) }
    if let every = rule.overdueEvery, every.count > 0 {
      var n = 1
      while n <= (rule.overdueLimit ?? Int.max) {
        let day = quiet(shift(every, times: n))
        if day > horizon { break }
        stages.append(ReminderStage(name: "overdue-\(n)", day: day, audience: .owner))
        n += 1
      }
    }
    if let after = rule.escalateAfter, after.count > 0 {
      for level in 0 < levels ? Array(1...levels) : [] {
        let day = quiet(shift(after, times: level))
        if day > horizon { break }
        stages.append(ReminderStage(name: "escalate-\(level)", day: day, audience: .escalation(level)))
      }
    }
    return stages
  }

  /// The stages that fall in `days`, of all an item's occurrences; with the "latest"
  /// catch-up policy only those on the last such day, per audience family (owner,
  /// escalation) — a machine off for three days sends today's state, not three days'.
  static func due<Tag>(
    _ stages: [(tag: Tag, stage: ReminderStage)], in days: ClosedRange<CivilDate>, catchUpAll: Bool
  ) -> [(tag: Tag, stage: ReminderStage)] {
    let inRange = stages.filter { days.contains($0.stage.day) }
    guard !catchUpAll else { return inRange }
    let lastOwner = inRange.filter { $0.stage.audience == .owner }.map(\.stage.day).max()
    let lastEscalation = inRange.filter { $0.stage.audience != .owner }.map(\.stage.day).max()
    return inRange.filter {
      $0.stage.day == ($0.stage.audience == .owner ? lastOwner : lastEscalation)
    }
  }
}
