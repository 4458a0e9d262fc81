import Scheduling
import Storage

/// Findings as they stood on a day, for reports: a finding counts once it was found by the
/// day and entered by its end, and its status, rectification, closing, returns and
/// supervision are replayed from its events done by the day and entered by its end — the
/// rule records follow (`RecordCutoff`), so a report for a past day gives the same figures
/// whenever it is rendered. The deadline, owner and measures are the finding's own (events
/// do not carry earlier values of them).
struct FindingSnapshot {
  /// One finding on the day.
  struct State {
    let finding: Finding
    let status: FindingStatus
    let rectifiedOn: String?
    let rectificationNote: String?
    let closedOn: String?
    let supervised: Bool
    let returnCount: Int
    let lastReturnReason: String?
    /// Not closed, not waiting for a check, and the day past the deadline.
    let overdue: Bool
    /// Working days from the day after the deadline to the day judged, when overdue.
    let overdueWorkdays: Int

    /// Rectified (待验收 or 已销号): what the 整改率 counts.
    var rectified: Bool { status == .awaitingCheck || status == .closed }
    /// Rectified after its deadline.
    var late: Bool { rectifiedOn.map { $0 > finding.deadline } ?? false }
  }

  /// The findings seen on the day, by found-on day then id.
  let states: [State]

  /// Replays `findings` with their `events` (any order) as of `day` under `cutoff`;
  /// `calendar` counts the working days a finding is overdue.
  init(
    findings: [Finding], events: [FindingEvent], cutoff: RecordCutoff, day: CivilDate,
    calendar: WorkCalendar
  ) {
    var byFinding: [Int64: [FindingEvent]] = [:]
    for event in events { byFinding[event.findingID, default: []].append(event) }
    let today = day.description
    states =
      findings
      .filter { $0.foundOn <= cutoff.doneOn && $0.enteredAt < cutoff.enteredBefore }
      .sorted { ($0.foundOn, $0.id) < ($1.foundOn, $1.id) }
      .map { finding in
        let history = (byFinding[finding.id] ?? []).sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        return Self.replay(
          finding, history, cutoff: cutoff, today: today, day: day, calendar: calendar)
      }
  }

  private static func replay(
    _ finding: Finding, _ history: [FindingEvent], cutoff: RecordCutoff, today: String,
    day: CivilDate, calendar: WorkCalendar
  ) -> State {
    var status = FindingStatus.open
    var rectifiedOn: String?, note: String?, closedOn: String?, reason: String?
    var supervised = false, returns = 0
    let marksSupervision = history.contains { $0.action == .supervise || $0.action == .unsupervise }
    // A finding entered in a later state (an imported ledger) starts from its own fields;
    // without any event it is taken as entered.
    func start(_ entered: FindingStatus) {
      status = entered
      if entered != .open {
        rectifiedOn = finding.rectifiedOn
        note = finding.rectificationNote
        closedOn = finding.closedOn
        returns = finding.returnCount
        reason = finding.lastReturnReason
      }
      if !marksSupervision { supervised = finding.supervised }
    }
    if history.isEmpty { start(finding.status) }
    for event in history where event.on <= cutoff.doneOn && event.at < cutoff.enteredBefore {
      switch event.action {
      case .add: start(event.status)
      case .rectify:
        rectifiedOn = event.on
        note = event.note
      case .verify: closedOn = event.on
      case .return:
        returns += 1
        reason = event.note
        rectifiedOn = nil
      case .supervise: supervised = true
      case .unsupervise: supervised = false
      case .assign, .start, .edit: break
      }
      if event.action != .add { status = event.status }
    }
    // States carried in from an import keep their days: one closed after the day is not yet.
    if status == .closed, let closed = closedOn, closed > today {
      status = .awaitingCheck
      closedOn = nil
    }
    if status == .awaitingCheck, let rectified = rectifiedOn, rectified > today {
      status = .rectifying
      rectifiedOn = nil
    }
    if status != .closed { closedOn = nil }
    let overdue = (status == .open || status == .rectifying) && today > finding.deadline
    var days = 0
    if overdue, let deadline = CivilDate(finding.deadline) {
      days = calendar.workdays(in: deadline.adding(days: 1)...day)
    }
    return State(
      finding: finding, status: status, rectifiedOn: rectifiedOn, rectificationNote: note,
      closedOn: closedOn, supervised: supervised, returnCount: returns, lastReturnReason: reason,
      overdue: overdue, overdueWorkdays: days)
  }

  /// The findings a report over `days` lists: found by its last day, and not closed before
  /// its first — the period's new findings and those carried into it.
  static func listed(_ states: [State], in days: ClosedRange<CivilDate>) -> [State] {
    let from = days.lowerBound.description, to = days.upperBound.description
    return states.filter { state in
      state.finding.foundOn <= to && !(state.closedOn.map { $0 < from } ?? false)
    }
  }
}

/// The counts and rates of a list of findings: 整改率 = rectified / total and 销号率 =
/// closed / total, in percent (nil when there are none).
struct FindingCounts: Equatable {
  var total = 0
  /// Found within the period.
  var new = 0
  /// 待验收 or 已销号.
  var rectified = 0
  var closed = 0
  var overdue = 0
  var supervised = 0
  /// Sent back at least once.
  var returned = 0
  /// Rectified after the deadline.
  var late = 0
  /// Per severity, in the order first met.
  var bySeverity: [(name: String, count: Int)] = []

  init(_ states: [FindingSnapshot.State], newFrom: String) {
    for state in states {
      total += 1
      if state.finding.foundOn >= newFrom { new += 1 }
      if state.rectified { rectified += 1 }
      if state.status == .closed { closed += 1 }
      if state.overdue { overdue += 1 }
      if state.supervised { supervised += 1 }
      if state.returnCount > 0 { returned += 1 }
      if state.late { late += 1 }
      if let index = bySeverity.firstIndex(where: { $0.name == state.finding.severity }) {
        bySeverity[index].count += 1
      } else {
        bySeverity.append((state.finding.severity, 1))
      }
    }
  }

  var rectificationRate: Double? { total == 0 ? nil : Double(rectified) * 100 / Double(total) }
  var closingRate: Double? { total == 0 ? nil : Double(closed) * 100 / Double(total) }

  static func == (a: FindingCounts, b: FindingCounts) -> Bool {
    (a.total, a.new, a.rectified, a.closed) == (b.total, b.new, b.rectified, b.closed)
      && (a.overdue, a.supervised, a.returned, a.late) == (
        b.overdue, b.supervised, b.returned, b.late
      )
      && a.bySeverity.map(\.name) == b.bySeverity.map(\.name)
      && a.bySeverity.map(\.count) == b.bySeverity.map(\.count)
  }
}
