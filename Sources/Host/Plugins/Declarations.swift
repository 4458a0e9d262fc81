import LuaRuntime
import Scheduling

/// A checklist category (工作类别): items are grouped and reported by it.
public struct ChecklistCategory: Hashable, Sendable {
  /// The id items refer to.
  public var id: String
  /// The title, zh-CN.
  public var title: String
  /// The position in reports.
  public var order: Int
}

/// A dated stage of a campaign (实施步骤), within the campaign year; `+1-` dates fall in
/// the next year.
public struct CampaignPhase: Hashable, Sendable {
  /// The id items refer to.
  public var id: String
  /// The title, zh-CN.
  public var title: String
  /// The first day, `MM-DD` or `+1-MM-DD`.
  public var from: String
  /// The last day, `MM-DD` or `+1-MM-DD`.
  public var to: String
}

/// What kind of work an item is.
public enum ItemKind: String, CaseIterable, Sendable {
  /// Do something and keep evidence.
  case task
  /// Confirm a prohibition or pledge is kept.
  case attestation
  /// Record a measured value against a target.
  case metric
  /// A standing requirement checked at inspections.
  case standard
}

/// The target of a metric item.
public struct MetricTarget: Hashable, Sendable {
  /// The value must be at least this.
  public var atLeast: Double?
  /// The value must be at most this.
  public var atMost: Double?
  /// The value must equal this.
  public var equals: Double?
  /// The unit shown with the value (%, 次, 起 …).
  public var unit: String?
  /// For a rate: the name of the recorded numerator value.
  public var numerator: String?
  /// For a rate: the name of the recorded denominator value.
  public var denominator: String?
}

/// A span written in plugins as "3 workdays" or "2 days".
public struct DaySpan: Hashable, Sendable {
  /// How many days.
  public var count: Int
  /// Whether only working days count.
  public var workdays: Bool
  /// Creates a span.
  public init(count: Int, workdays: Bool) {
    self.count = count
    self.workdays = workdays
  }
}

/// Where a declaration was made.
public struct SourcePosition: Hashable, Sendable {
  /// The file as shown to the user.
  public var file: String
  /// The line.
  public var line: Int
}

/// One checklist item as a plugin declares it.
public struct ChecklistItem {
  /// `category.name`, unique in the plugin.
  public var id: String
  /// The title, zh-CN.
  public var title: String
  /// The category id.
  public var category: String
  /// What kind of work it is.
  public var kind: ItemKind
  /// When it falls due.
  public var schedule: RecurrenceRule
  /// The responsible role.
  public var owner: String
  /// Roles that help.
  public var cooperate: [String]
  /// Who hears when it is late, in order.
  public var escalate: [String]
  /// The kinds of evidence expected.
  public var evidence: [String]
  /// The scoring weight.
  public var weight: Double
  /// The target of a metric.
  public var target: MetricTarget?
  /// Whether the item applies to a unit; nil: to every unit of the plugin's types.
  public var applies: LuaFunction?
  /// The campaign phase the item runs in.
  public var phase: String?
  /// Whether a school's vacations pause it.
  public var pauseInVacation: Bool
  /// What an attestation confirms.
  public var statement: String?
  /// How to do it, or why a value was chosen.
  public var note: String?
  /// Where it was declared.
  public var position: SourcePosition?
}

/// Which items a reminder rule covers.
public enum ItemSelector: Hashable, Sendable {
  /// Every item of the plugin.
  case all
  /// The items of one category.
  case category(String)
  /// The listed items.
  case items([String])
}

/// When the people responsible for items hear about them.
public struct ReminderRule: Hashable, Sendable {
  /// The rule's id.
  public var id: String
  /// The items it covers.
  public var items: ItemSelector
  /// The advance warning.
  public var before: DaySpan?
  /// Whether a message goes out on the due day.
  public var onDue: Bool
  /// How often to repeat while overdue.
  public var overdueEvery: DaySpan?
  /// How many overdue repeats at most.
  public var overdueLimit: Int?
  /// When to tell the next role of the escalation chain.
  public var escalateAfter: DaySpan?
  /// Whether non-working days stay quiet.
  public var quietDays: Bool
  /// After missed runs: send every missed stage, or only the latest.
  public var catchUpAll: Bool
}
