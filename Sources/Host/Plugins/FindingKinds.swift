import Scheduling

/// How the findings (检查发现的问题) of a unit type are kept, as its plugin declares them with
/// `tz.finding_rules{…}`: the categories a finding is filed under, the severities with the
/// default time to rectify each, the roles that may verify and close one (销号), and the
/// roles that hear when one is overdue. `PluginCatalog.findingKinds(for:)` gives
/// the rules in force for a unit; a type whose plugin declares none gets `standard`.
public struct FindingKinds: Sendable, Hashable {
  /// A category (问题类别), e.g. 校园安全, 九不准.
  public struct Category: Sendable, Hashable {
    /// The name findings carry, zh-CN.
    public var name: String
    /// Checklist category ids whose items' findings fall under it by default.
    public var checklist: [String]
    /// The role that rectifies its findings by default (nil: the item's owner, else none).
    public var owner: String?
    /// What it covers, zh-CN.
    public var note: String?

    /// Creates a category.
    public init(name: String, checklist: [String] = [], owner: String? = nil, note: String? = nil) {
      self.name = name
      self.checklist = checklist
      self.owner = owner
      self.note = note
    }
  }

  /// A severity (问题等级) and its default time to rectify.
  public struct Severity: Sendable, Hashable {
    /// The name, e.g. 一般.
    public var name: String
    /// The time from the day a finding is made to its default deadline (整改时限).
    public var deadline: DaySpan

    /// Creates a severity.
    public init(name: String, deadline: DaySpan) {
      self.name = name
      self.deadline = deadline
    }
  }

  /// The plugin that declared the rules; nil for `standard`.
  public var plugin: String?
  /// The unit types they govern; empty: every type the plugin serves.
  public var unitTypes: [String]
  /// The categories, in the declared order (the order reports list them in).
  public var categories: [Category]
  /// The severities, mildest first.
  public var severities: [Severity]
  /// The roles that may verify a rectification and close the finding (销号), in order of
  /// preference; empty: anyone but the person who rectified it.
  public var verifiers: [String]
  /// Who hears when a finding is overdue, in order; each role is found in the unit or, if
  /// nobody holds it there, in the nearest unit above (as item escalation chains are).
  public var escalate: [String]
  /// How long after the deadline the first role of `escalate` hears.
  public var escalateAfter: DaySpan
  /// Where they were declared.
  public var position: SourcePosition?

  /// Creates rules.
  public init(
    plugin: String?, unitTypes: [String] = [], categories: [Category],
    severities: [Severity] = FindingKinds.standardSeverities, verifiers: [String],
    escalate: [String] = [], escalateAfter: DaySpan = DaySpan(count: 3, workdays: true),
    position: SourcePosition? = nil
  ) {
    self.plugin = plugin
    self.unitTypes = unitTypes
    self.categories = categories
    self.severities = severities
    self.verifiers = verifiers
    self.escalate = escalate
    self.escalateAfter = escalateAfter
    self.position = position
  }

  /// 一般 10 workdays, 较重 5, 严重 2: the severities of a declaration that names none.
  public static let standardSeverities = [
    Severity(name: "一般", deadline: DaySpan(count: 10, workdays: true)),
    Severity(name: "较重", deadline: DaySpan(count: 5, workdays: true)),
    Severity(name: "严重", deadline: DaySpan(count: 2, workdays: true)),
  ]

  /// The rules of a unit type whose plugin declares none: any category, the standard
  /// severities, anyone but the rectifier verifies, escalation after 3 workdays to the
  /// superior only.
  public static let standard = FindingKinds(plugin: nil, categories: [], verifiers: [])

  /// Whether a plugin declared them (false for `standard`).
  public var isDeclared: Bool { plugin != nil }

  /// Whether they govern units of `type`.
  public func governs(unitType type: String) -> Bool {
    unitTypes.isEmpty || unitTypes.contains(type)
  }

  /// The severity named so, or nil.
  public func severity(_ name: String) -> Severity? { severities.first { $0.name == name } }

  /// The mildest severity: what a finding gets when none is given.
  public var defaultSeverity: Severity { severities.first ?? Self.standardSeverities[0] }

  /// The category named so, or nil.
  public func category(_ name: String) -> Category? { categories.first { $0.name == name } }

  /// The category a finding on an item of checklist category `id` falls under, or nil.
  public func category(forChecklistCategory id: String) -> Category? {
    categories.first { $0.checklist.contains(id) }
  }

  /// The default deadline of a finding of `severity` made on `foundOn`: so many workdays
  /// (or days) later by `calendar`. Nil for an unknown severity.
  public func deadline(severity name: String, foundOn: CivilDate, calendar: WorkCalendar)
    -> CivilDate?
  {
    severity(name).map { Self.end(of: $0.deadline, from: foundOn, calendar: calendar) }
  }

  /// The day `span` after `day`: workdays counted by `calendar`, or calendar days.
  public static func end(of span: DaySpan, from day: CivilDate, calendar: WorkCalendar) -> CivilDate
  {
    span.workdays ? calendar.adding(workdays: span.count, to: day) : day.adding(days: span.count)
  }

  /// Whether someone holding `roles` in the unit may close a finding; with no verifier
  /// roles declared, anyone may (the store still keeps the rectifier from closing their own).
  public func mayVerify(holding roles: Set<String>) -> Bool {
    verifiers.isEmpty || !roles.isDisjoint(with: verifiers)
  }

  /// Nil when findings may be filed under `name`; else a zh-CN message naming the nearest
  /// category or listing them. Any name is accepted when no categories are declared.
  public func problem(category name: String) -> String? {
    guard !categories.isEmpty, category(name) == nil else { return nil }
    let names = categories.map(\.name)
    if let near = DeclarationSchema.closest(to: name, in: names) {
      return "问题类别 \"\(name)\" 未在插件 \(plugin ?? "") 中声明（是不是 \"\(near)\"？）"
    }
    return "问题类别 \"\(name)\" 未在插件 \(plugin ?? "") 中声明；可用的类别：\(names.joined(separator: "、"))"
  }

  /// Nil when `name` is a severity; else a zh-CN message listing them.
  public func problem(severity name: String) -> String? {
    guard severity(name) == nil else { return nil }
    let names = severities.map(\.name).joined(separator: "、")
    return "问题等级 \"\(name)\" 不在可用的等级中：\(names)"
  }

  /// What a finding on `item` gets by default: the category its checklist category falls
  /// under (nil when none does) and the rectifying role, the item's owner.
  public func defaults(for item: ChecklistItem) -> (category: String?, ownerRole: String) {
    (category(forChecklistCategory: item.category)?.name, item.owner)
  }

  /// The rectifying role of a finding filed under `category` with no item: the category's
  /// declared owner, or nil.
  public func defaultOwner(category name: String) -> String? { category(name)?.owner }
}
