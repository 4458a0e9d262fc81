import Foundation
import Scheduling
import Storage

/// The reminders about open findings a run owes, planned as checklist items' are: each
/// stage of the deadline (before it, on it, overdue repeats, escalation up the chain and
/// to the superior unit) that fell in a unit's days since its watermark, once per stage —
/// the outbox key is (unit, `finding#ID`, deadline, stage, recipient, channel), so a
/// moved deadline starts afresh. A finding waiting for its check or closed gets none.
struct FindingReminders {
  let catalog: PluginCatalog
  let calendar: WorkCalendar
  let directory: RemindDirectory
  let channels: [ChannelConfig]
  let settings: RemindSettings

  /// The notice of each delivery planned, in the same order.
  private(set) var notices: [ReminderNotice] = []
  /// Reminders nobody could receive, by unit and role (the planner's `unheard` form).
  var unheard: [String: Int] = [:]

  /// The key namespace of findings in the outbox's item column.
  static let prefix = "finding#"

  /// Whether an outbox item id is a finding's.
  static func isFinding(_ itemID: String) -> Bool { itemID.hasPrefix(prefix) }

  /// The deliveries `findings` owe in each unit's `days` (units without days are not
  /// covered by this run); `catchUpAll` as the planner's.
  mutating func plan(
    _ findings: [Finding], days: [String: ClosedRange<CivilDate>], catchUpAll: Set<String>
  ) -> [Delivery] {
    var result: [Delivery] = []
    for f in findings where f.status == .open || f.status == .rectifying {
      guard let range = days[f.unitID], let unit = directory.units[f.unitID],
        let deadline = CivilDate(f.deadline)
      else { continue }
      let rules = catalog.findingRules(unitType: unit.type)
      let chain = chain(of: f, unit: unit, rules: rules)
      let levels = directory.levels(chain: chain, unitID: unit.id, superiorRoles: settings.superiorRoles)
      let rule = rules.reminder
      let staged = ReminderStage.stages(
        due: deadline, rule: rule, levels: levels, calendar: calendar, horizon: range.upperBound
      ).map { (tag: (), stage: $0) }
      let all = rule.catchUpAll || catchUpAll.contains(unit.id)
      for (_, stage) in ReminderStage.due(staged, in: range, catchUpAll: all) {
        result += recipients(f, unit: unit, chain: chain, deadline: deadline, stage: stage)
      }
    }
    return result
  }

  /// The escalation chain: the item's when the finding concerns one its plugin declares,
  /// else the unit type's.
  func chain(of f: Finding, unit: OrgUnit, rules: FindingRules) -> [String] {
    if let itemID = f.itemID, let item = catalog.serving(unitType: unit.type)?.items.first(where: { $0.id == itemID }) {
      return item.escalate
    }
    return rules.escalate
  }

  private mutating func recipients(
    _ f: Finding, unit: OrgUnit, chain: [String], deadline: CivilDate, stage: ReminderStage
  ) -> [Delivery] {
    let role: String
    let people: [String]
    switch stage.audience {
    case .owner:
      if let person = f.ownerPersonID, directory.people[person] != nil {
        role = f.ownerRole ?? person
        people = [person]
      } else {
        role = f.ownerRole ?? "责任人"
        people = f.ownerRole.map { directory.holders(of: $0, in: unit.id, searchUp: false) } ?? []
      }
    case .escalation(let level):
      guard let step = directory.escalation(
        level: level, chain: chain, unitID: unit.id, superiorRoles: settings.superiorRoles)
      else { return [] }
      (role, people) = step
    }
    if people.isEmpty {
      unheard[unit.id + "\u{0}" + role, default: 0] += 1
      return []
    }
    let notice = ReminderNotice(
      unit: unit.id, unitName: unit.name, item: Self.prefix + String(f.id), title: f.description,
      period: f.deadline, due: f.deadline, urgency: stage.urgency,
      role: f.ownerRole ?? f.ownerPersonID.flatMap { directory.people[$0]?.name } ?? "",
      daysLate: max(0, deadline.distance(to: stage.day)))
    let text = notice.encoded()
    notices += repeatElement(notice, count: people.count * channels.count)
    return people.flatMap { person in
      channels.map { channel in
        Delivery(
          key: DeliveryKey(
            unitID: unit.id, itemID: notice.item, period: f.deadline, stage: stage.name, recipient: person,
            channel: channel.name),
          message: text)
      }
    }
  }
}
