import Storage

/// How a unit type works its rectification loop: who must verify (销号), to whom an
/// overdue finding escalates, which severities it knows, and its reminder rule.
public struct FindingRules: Sendable, Equatable {
  /// The role a verifier must hold in the finding's unit or a unit above it; nil: anyone
  /// but the owner and whoever reported it rectified.
  public var verifierRole: String?
  /// The roles an overdue finding escalates to, in order, before the superior unit (a
  /// finding about a checklist item escalates along that item's chain instead).
  public var escalate: [String]
  /// The severities, mildest first.
  public var severities: [String]
  /// When reminders go out about a finding's deadline.
  public var reminder: ReminderRule

  /// Creates rules.
  public init(
    verifierRole: String? = nil, escalate: [String] = [], severities: [String] = Finding.severities,
    reminder: ReminderRule = .hostDefault
  ) {
    self.verifierRole = verifierRole
    self.escalate = escalate
    self.severities = severities
    self.reminder = reminder
  }

  /// The rules when no plugin says otherwise.
  public static let standard = FindingRules()

  /// The rules of the plugin serving a unit type: its reminder rule with id `findings`,
  /// else its rule for all items, else the host default; the rest standard.
  public static func of(_ plugin: LoadedPlugin?) -> FindingRules {
    guard let plugin else { return .standard }
    var rules = FindingRules.standard
    let reminders = plugin.reminders
    if let rule = reminders.last(where: { $0.id == "findings" })
      ?? reminders.last(where: { if case .all = $0.items { true } else { false } })
    {
      rules.reminder = rule
    }
    return rules
  }
}

extension PluginCatalog {
  /// The finding rules for units of `unitType`.
  public func findingRules(unitType: String) -> FindingRules {
    FindingRules.of(serving(unitType: unitType))
  }
}
