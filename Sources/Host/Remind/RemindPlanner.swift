import Foundation
import Scheduling
import Storage

/// Works out which deliveries a run owes: for each unit, every reminder stage that fell in
/// the days since its watermark (or today, on the first run), for occurrences still open,
/// to the people holding the roles, on each channel.
struct RemindPlanner {
  let catalog: PluginCatalog
  let calendar: WorkCalendar
  let store: any Store
  let directory: RemindDirectory
  let channels: [ChannelConfig]
  let settings: RemindSettings
  let timeZone: TimeZone
  /// The checklists' history: an item is reminded of only from the day it came in force.
  var history: ItemHistory? = nil

  /// What the plan found wrong: unit types without a plugin, broken plugins' problems,
  /// failed `applies`.
  private(set) var problems: [String] = []
  /// The notice of each delivery `deliveries(for:)` returned, in the same order (the
  /// sender reuses them rather than decode the stored text again).
  private(set) var notices: [ReminderNotice] = []
  /// Stages already worked out, shared by units whose calendars agree.
  private(set) var sharedStages: [SharedStages: [(Scheduling.Occurrence, ReminderStage)]] = [:]
  /// Reminders nobody could receive, by unit and role.
  var unheard: [String: Int] = [:]
  /// Units the plan could not serve in full, with why, in order: their watermarks stay.
  private(set) var held: [SkippedUnit] = []
  /// Per plugin, the items whose `applies` ran out of time: not called again this run.
  private(set) var timedOut: [String: Set<String>] = [:]
  /// Plugins and unit types whose problems are already listed.
  private(set) var reported: Set<String> = []
  /// Units coming back from a held streak: their days since the watermark are caught up
  /// in full (every stage, as if the held runs had worked), whatever the rule's policy.
  var catchUpAll: Set<String> = []

  /// Every problem, roles nobody holds summed per unit and role.
  var allProblems: [String] {
    problems + unheard.keys.sorted().map { key in
      let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false)
      return "单位 \(parts[0]) 没有人担任“\(parts[1])”：\(unheard[key]!) 条提醒无人接收（用 taizhang role 任命）"
    }
  }

  /// The days a unit's run covers: from its watermark's day (re-covering it, so work
  /// added later that day is not missed; the outbox keys keep it from repeating) to today,
  /// at most `catchUpDays` back. Nil when the watermark is ahead of `now`.
  /// `watermarks` holds the job's watermarks by unit (`store.watermarks(job:)`).
  func days(for unit: OrgUnit, now: Date, watermarks: [String: Date]) -> ClosedRange<CivilDate>? {
    let today = CivilDate(now, in: timeZone)
    guard let mark = watermarks[unit.id] else { return today...today }
    let from = max(CivilDate(mark, in: timeZone), today.adding(days: -settings.catchUpDays))
    return from <= today ? from...today : nil
  }

  /// The deliveries `units` owe since their watermarks, and the units covered (those whose
  /// watermark is not ahead of `now`). Units are planned a few hundred at a time, so the
  /// candidates of only one group are held at once.
  mutating func plan(_ units: [OrgUnit], now: Date, watermarks: [String: Date]) throws
    -> (planned: [Delivery], covered: [String])
  {
    var planned: [Delivery] = []
    var covered: [String] = []
    for start in stride(from: 0, to: units.count, by: Self.unitsPerRead) {
      var candidates: [Candidate] = []
      for unit in units[start..<min(units.count, start + Self.unitsPerRead)] {
        guard let days = days(for: unit, now: now, watermarks: watermarks) else { continue }
        let heldBefore = held.count
        candidates += self.candidates(for: unit, days: days)
        if held.count == heldBefore { covered.append(unit.id) }
      }
      planned += try deliveries(for: candidates)
    }
    return (planned, covered)
  }

  /// How many units' candidates share one read of record counts.
  static let unitsPerRead = 250

  /// A stage owed to an occurrence, before the ledger is asked whether it is still open.
  struct Candidate {
    let unit: OrgUnit
    let item: ChecklistItem
    let occurrence: Scheduling.Occurrence
    let stage: ReminderStage
  }

  /// The stages `unit` owes for `days`, whether or not their occurrences are closed
  /// (no ledger reads: `deliveries(for:)` settles that for all units at once).
  mutating func candidates(for unit: OrgUnit, days: ClosedRange<CivilDate>) -> [Candidate] {
    guard let plugin = catalog.serving(unitType: unit.type) else {
      if reported.insert("type " + unit.type).inserted {
        problems.append(catalog.noneServes(unitType: unit.type) + "（如单位 \(unit.id)）")
      }
      held.append(SkippedUnit(unit: unit.id, reason: "没有插件服务单位类型 \(unit.type)"))
      return []
    }
    guard plugin.isUsable else {
      if reported.insert("plugin " + plugin.id).inserted { problems += plugin.problems.map(\.description) }
      held.append(SkippedUnit(unit: unit.id, reason: "插件 \(plugin.id) 有 \(plugin.problems.count) 个问题"))
      return []
    }
    let schedule = UnitSchedule(unit: unit, calendar: calendar, siteTerms: catalog.siteTerms, history: history)
    let sorted = schedule.sortItems(of: plugin, skipping: timedOut[plugin.id] ?? [])
    let items = sorted.items
    timedOut[plugin.id, default: []].formUnion(sorted.timedOut)
    problems += sorted.problems.map(\.description)
    if !sorted.failed.isEmpty {
      held.append(SkippedUnit(
        unit: unit.id, reason: "插件 \(plugin.id) 的事项 \(sorted.failed.joined(separator: "、")) 的 applies 出错，其余事项照常",
        entirely: false))
    }
    var result: [Candidate] = []
    for item in items {
      let levels = directory.levels(chain: item.escalate, unitID: unit.id, superiorRoles: settings.superiorRoles)
      // A unit without school terms of its own sees the national calendar and the site's
      // terms of its type only, so its stages are those of every such unit with the same
      // days and escalation depth.
      let all = catchUpAll.contains(unit.id)
      let key = unit.terms.isEmpty
        ? SharedStages(
          plugin: plugin.id, unitType: unit.type, item: item.id, from: days.lowerBound, to: days.upperBound,
          levels: levels, all: all)
        : nil
      let due: [(Scheduling.Occurrence, ReminderStage)]
      if let key, let known = sharedStages[key] {
        due = known
      } else {
        due = stages(of: item, in: plugin, for: schedule, days: days, levels: levels, all: all)
        if let key { sharedStages[key] = due }
      }
      for (occurrence, stage) in due {
        result.append(Candidate(unit: unit, item: item, occurrence: occurrence, stage: stage))
      }
    }
    return result
  }

  /// What an item's stages in a run depend on, besides the national calendar.
  struct SharedStages: Hashable {
    let plugin: String
    /// The history is kept per unit type.
    let unitType: String
    let item: String
    let from: CivilDate
    let to: CivilDate
    let levels: Int
    let all: Bool
  }

  /// The item's stages that fall in `days`, with their occurrences.
  private func stages(
    of item: ChecklistItem, in plugin: LoadedPlugin, for schedule: UnitSchedule, days: ClosedRange<CivilDate>,
    levels: Int, all: Bool
  ) -> [(Scheduling.Occurrence, ReminderStage)] {
    let rule = ReminderRule.governing(item, in: plugin.reminders)
    let ahead = rule.before.map { $0.workdays ? $0.count * 2 + 14 : $0.count } ?? 0
    let back = min(Agenda.lookBackDays, Self.reach(of: rule, levels: levels))
    let range = days.lowerBound.adding(days: -back)...days.upperBound.adding(days: ahead)
    var staged: [(tag: Scheduling.Occurrence, stage: ReminderStage)] = []
    for occurrence in schedule.occurrences(of: item, in: range) {
      for stage in ReminderStage.stages(
        due: occurrence.due, rule: rule, levels: levels, calendar: calendar, horizon: days.upperBound)
      {
        staged.append((occurrence, stage))
      }
    }
    return ReminderStage.due(staged, in: days, catchUpAll: rule.catchUpAll || all).map { ($0.0, $0.1) }
  }

  /// The deliveries the candidates make, leaving out occurrences whose records already
  /// meet their quota: the record counts of all of them come in one read.
  mutating func deliveries(for candidates: [Candidate]) throws -> [Delivery] {
    guard !candidates.isEmpty else { return [] }
    var unitIDs: Set<String> = []
    var periods: Set<String> = []
    for c in candidates {
      unitIDs.insert(c.unit.id)
      periods.insert(c.occurrence.period.description)
    }
    var counts: [OccurrenceKey: Int] = [:]
    for tally in try store.recordTallies(unitIDs: Array(unitIDs), periods: periods.sorted(), valuesOf: []) {
      counts[tally.key] = tally.count
    }
    var result: [Delivery] = []
    for c in candidates {
      let key = OccurrenceKey(unitID: c.unit.id, itemID: c.item.id, period: c.occurrence.period.description)
      guard counts[key, default: 0] < c.occurrence.quota else { continue }
      result += recipients(unit: c.unit, item: c.item, occurrence: c.occurrence, stage: c.stage)
    }
    return result
  }

  /// How many calendar days after its due day a rule's last stage can fall: only
  /// occurrences due that far back can have a stage in the run's days. Workdays are
  /// counted generously (7 per 5, plus a fortnight of holidays).
  static func reach(of rule: ReminderRule, levels: Int) -> Int {
    func days(_ span: DaySpan?, _ times: Int) -> Int {
      guard let span, times > 0 else { return 0 }
      let n = span.count * times
      return span.workdays ? n * 7 / 5 + 14 : n + (rule.quietDays ? 14 : 0)
    }
    let overdue = rule.overdueEvery == nil ? 0 : rule.overdueLimit.map { days(rule.overdueEvery, $0) } ?? Int.max
    return max(overdue, days(rule.escalateAfter, levels), rule.quietDays ? 14 : 0)
  }

  private mutating func recipients(
    unit: OrgUnit, item: ChecklistItem, occurrence: Scheduling.Occurrence, stage: ReminderStage
  ) -> [Delivery] {
    let role: String
    let people: [String]
    switch stage.audience {
    case .owner:
      role = item.owner
      people = directory.holders(of: item.owner, in: unit.id, searchUp: false)
    case .escalation(let level):
      guard let step = directory.escalation(
        level: level, chain: item.escalate, unitID: unit.id, superiorRoles: settings.superiorRoles)
      else { return [] }
      (role, people) = step
    }
    if people.isEmpty {
      unheard[unit.id + "\u{0}" + role, default: 0] += 1
      return []
    }
    let planned = ReminderNotice(
      unit: unit.id, unitName: unit.name, item: item.id, title: item.title,
      period: occurrence.period.description, due: occurrence.due.description, urgency: stage.urgency,
      role: item.owner, daysLate: max(0, occurrence.due.distance(to: stage.day)))
    let notice = planned.encoded()
    notices += repeatElement(planned, count: people.count * channels.count)
    return people.flatMap { person in
      channels.map { channel in
        Delivery(
          key: DeliveryKey(
            unitID: unit.id, itemID: item.id, period: occurrence.period.description,
            stage: stage.name, recipient: person, channel: channel.name),
          message: notice)
      }
    }
  }
}
