/// The role names a plugin's units may assign: those its items name as owner, cooperating
/// or escalation roles, plus the extra ones in plugin.lua's `roles`.
public struct RoleVocabulary: Sendable, Equatable {
  /// The plugin the roles come from.
  public let plugin: String
  /// The role names.
  public let roles: Set<String>

  /// A vocabulary given directly (tests).
  public init(plugin: String, roles: Set<String>) {
    self.plugin = plugin
    self.roles = roles
  }

  /// The vocabulary of a loaded plugin, plus `alsoAccepted` roles.
  public init(of plugin: LoadedPlugin, alsoAccepted: Set<String> = []) {
    self.plugin = plugin.id
    var roles = Set(plugin.manifest?.roles.keys.map { $0 } ?? []).union(alsoAccepted)
    for item in plugin.items { roles.formUnion([item.owner] + item.cooperate + item.escalate) }
    self.roles = roles
  }

  /// Nil when `role` is known; else a zh-CN message with the nearest known name or, when
  /// none is near, the whole list.
  public func problem(with role: String) -> String? {
    guard !roles.contains(role) else { return nil }
    let sorted = roles.sorted()
    if let near = DeclarationSchema.closest(to: role, in: sorted) {
      return "角色 \"\(role)\" 不在插件 \(plugin) 的角色表中（是不是 \"\(near)\"？）"
    }
    return "角色 \"\(role)\" 不在插件 \(plugin) 的角色表中；可用的角色：\(sorted.joined(separator: "、"))"
  }
}

/// The role vocabularies of the plugins serving each unit type. A type no plugin serves
/// has no vocabulary, and any role is accepted for it. Escalation chains climb the unit
/// tree (a school's overdue item reaches the bureau's 责任督学), so a role any plugin
/// escalates to may be held in a unit of every type.
public struct RoleVocabularies: Sendable {
  /// Vocabularies by unit type.
  public let byUnitType: [String: RoleVocabulary]

  /// The vocabularies of the plugins of a catalog.
  public init(catalog: PluginCatalog) {
    let types = Set(catalog.plugins.flatMap { $0.manifest?.unitTypes ?? [] })
    let serving = types.compactMap { type in catalog.serving(unitType: type).map { (type, $0) } }
    let escalation = Set(serving.flatMap { $0.1.items.flatMap(\.escalate) })
    var byUnitType: [String: RoleVocabulary] = [:]
    for (type, plugin) in serving {
      byUnitType[type] = RoleVocabulary(of: plugin, alsoAccepted: escalation)
    }
    self.byUnitType = byUnitType
  }

  /// Vocabularies given directly (tests).
  public init(byUnitType: [String: RoleVocabulary]) { self.byUnitType = byUnitType }

  /// No checking at all.
  public static let unchecked = RoleVocabularies(byUnitType: [:])

  /// Nil when `role` may be held in a unit of `unitType`; else what is wrong.
  public func problem(with role: String, unitType: String) -> String? {
    byUnitType[unitType]?.problem(with: role)
  }
}
