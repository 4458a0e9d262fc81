/// The unit types the plugins on the search path serve. A unit of a type no plugin serves
/// gets no checklist and drops out of `remind`, so a misspelt type is refused at entry.
public struct ServedUnitTypes: Sendable {
  /// The served types, sorted.
  public let types: [String]

  /// The types named in `unit_types` by any plugin of the catalog, usable or not.
  public init(catalog: PluginCatalog) {
    types = Set(catalog.plugins.flatMap { $0.manifest?.unitTypes ?? [] }).sorted()
  }

  /// Whether a plugin serves `type`.
  public func serves(_ type: String) -> Bool { types.contains(type) }

  /// What is wrong with `type`, or nil when a plugin serves it; `example` shows how to
  /// write a served type where the user typed it (e.g. `--type school`).
  public func problem(with type: String, example: (String) -> String) -> String? {
    guard !serves(type) else { return nil }
    let closest = DeclarationSchema.closest(to: type, in: types)
    let hint = closest.map { "（是否想输入 \($0)？）" } ?? ""
    let list =
      types.isEmpty
      ? "没有找到任何插件（用 taizhang plugin list 检查插件路径）"
      : "已安装的插件服务的类型有：\(types.joined(separator: "、"))"
    return "单位类型 \"\(type)\" 没有插件服务\(hint)；\(list)。"
      + "请改正类型，例如 \(example(closest ?? types.first ?? "school"))；"
      + "确需先建单位、以后再装插件，请加 --allow-unserved-type"
  }

  /// Throws a usage error (exit 2) unless a plugin serves `type`.
  public func check(_ type: String) throws {
    if let problem = problem(with: type, example: { "--type \($0)" }) { throw UsageError(problem) }
  }
}
