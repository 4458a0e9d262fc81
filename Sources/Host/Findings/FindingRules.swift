import Storage

/// How a unit type works its rectification loop: what its plugin declares with
/// `tz.finding_rules{…}` (categories, severities with their default deadlines, who may
/// verify, to whom an overdue finding escalates and after how long) and the reminder rule
/// its findings' deadlines follow.
public struct FindingRules: Sendable, Equatable {
  /// The plugin's declaration, or `FindingKinds.standard`.
  public var kinds: FindingKinds
  /// When reminders go out about a finding's deadline. Its escalation interval is the
  /// declaration's `escalate_after` when the plugin declares finding rules.
  public var reminder: ReminderRule

  /// Creates rules.
  public init(kinds: FindingKinds = .standard, reminder: ReminderRule = .hostDefault) {
    self.kinds = kinds
    self.reminder = reminder
  }

  /// The roles one of which a verifier must hold in the finding's unit or a unit above;
  /// empty: anyone but the owner and whoever reported it rectified.
  public var verifierRoles: [String] { kinds.verifiers }
  /// The roles an overdue finding escalates to, in order, before the superior unit (a
  /// finding about a checklist item escalates along that item's chain instead).
  public var escalate: [String] { kinds.escalate }
  /// The severity names, mildest first.
  public var severities: [String] { kinds.severities.map(\.name) }

  /// The rules when no plugin says otherwise.
  public static let standard = FindingRules()

  /// The rules of the plugin serving `unitType`: its `tz.finding_rules` for the type, and
  /// its reminder rule with id `findings`, else its rule for all items, else the host
  /// default.
  public static func of(_ plugin: LoadedPlugin?, unitType: String) -> FindingRules {
    guard let plugin else { return .standard }
    var rules = FindingRules(kinds: plugin.findingKinds(forUnitType: unitType) ?? .standard)
    let reminders = plugin.reminders
    if let rule = reminders.last(where: { $0.id == "findings" })
      ?? reminders.last(where: { if case .all = $0.items { true } else { false } })
    {
      rules.reminder = rule
    }
    if rules.kinds.isDeclared { rules.reminder.escalateAfter = rules.kinds.escalateAfter }
    return rules
  }
}

extension PluginCatalog {
  /// The finding rules for units of `unitType`.
  public func findingRules(unitType: String) -> FindingRules {
    FindingRules.of(plugin(forUnitType: unitType), unitType: unitType)
  }
}
