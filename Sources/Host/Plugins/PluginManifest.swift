import LuaRuntime

/// What a plugin's `plugin.lua` says about it.
public struct PluginManifest: Hashable, Sendable {
  /// The plugin API levels this taizhang can load.
  public static let supportedAPILevels = [1]

  /// The id: the plugin's folder name.
  public var id: String
  /// The display name, zh-CN.
  public var name: String
  /// The plugin's own version.
  public var version: String
  /// The API level it is written for.
  public var api: Int
  /// "checklist" for unit-type plugins, "data" for data-only plugins such as the calendar.
  public var kind: String
  /// The unit types it serves.
  public var unitTypes: [String]
  /// The plugins it needs.
  public var requires: [String]
  /// One sentence about it.
  public var description: String?
  /// The role vocabulary: role name → duty.
  public var roles: [String: String]
  /// The plugin this one builds on: its files load first, then this plugin's, which may
  /// add items, change them (`tz.change`) or drop them (`tz.drop`).
  public var extends: String?

  /// Reads a manifest from the table `plugin.lua` returned; throws a message naming the field.
  init(table: LuaTable, folderName: String) throws {
    let problems = Self.schema.problems(in: table, label: "plugin.lua")
    if let first = problems.first { throw DeclarationError(first) }
    id = table["id"].stringValue!
    guard id == folderName else {
      throw DeclarationError("plugin.lua: id \"\(id)\" differs from the folder name \"\(folderName)\"")
    }
    name = table["name"].stringValue!
    version = table["version"].stringValue!
    api = Int(table["api"].integerValue!)
    guard Self.supportedAPILevels.contains(api) else {
      throw DeclarationError(
        "plugin.lua: api level \(api) is unknown to this taizhang (it loads level \(Self.supportedAPILevels.map(String.init).joined(separator: ", "))); update taizhang or the plugin")
    }
    kind = table["kind"].stringValue ?? "checklist"
    guard kind == "checklist" || kind == "data" else {
      throw DeclarationError("plugin.lua: kind \"\(kind)\" should be \"checklist\" or \"data\"")
    }
    unitTypes = table["unit_types"].tableValue?.sequence.compactMap(\.stringValue) ?? []
    requires = table["requires"].tableValue?.sequence.compactMap(\.stringValue) ?? []
    description = table["description"].stringValue
    var roles: [String: String] = [:]
    for (key, value) in table["roles"].tableValue?.entries ?? [] {
      guard let role = key.stringValue, let duty = value.stringValue else {
        throw DeclarationError("plugin.lua: roles should map role names to duties (strings)")
      }
      roles[role] = duty
    }
    self.roles = roles
    extends = table["extends"].stringValue
    if kind == "checklist" && unitTypes.isEmpty && extends == nil {
      throw DeclarationError("plugin.lua: unit_types should name the unit types the plugin serves")
    }
  }

  /// Takes what an extending plugin does not say from the plugin it extends: unit types,
  /// requirements and roles (its own roles win).
  mutating func inherit(from base: PluginManifest) {
    if unitTypes.isEmpty { unitTypes = base.unitTypes }
    requires = base.requires + requires.filter { !base.requires.contains($0) }
    roles = base.roles.merging(roles) { _, own in own }
  }

  static let schema = DeclarationSchema(name: "plugin", fields: [
    .init(name: "id", type: .string, required: true, summary: "the folder name"),
    .init(name: "name", type: .string, required: true, summary: "the display name"),
    .init(name: "version", type: .string, required: true, summary: "the plugin's version"),
    .init(name: "api", type: .integer, required: true, summary: "the API level, 1"),
    .init(name: "kind", type: .string, required: false, summary: "\"checklist\" or \"data\""),
    .init(name: "unit_types", type: .stringList, required: false, summary: "unit types served"),
    .init(name: "requires", type: .stringList, required: false, summary: "plugins it needs"),
    .init(name: "description", type: .string, required: false, summary: "one sentence"),
    .init(name: "roles", type: .table, required: false, summary: "role name → duty"),
    .init(name: "extends", type: .string, required: false, summary: "the plugin this one builds on"),
  ])
}
