extension PluginCatalog {
  /// Checks that `itemID` is an item of the plugin serving `unitType`. A unit type no
  /// plugin serves accepts any id (ad-hoc items); a plugin with problems accepts none
  /// until it is fixed, so records never attach to items that may not exist.
  public func checkItem(_ itemID: String, unitType: String) throws {
    guard let plugin = serving(unitType: unitType) else {
      return
    }
    guard plugin.isUsable else {
      throw UsageError(
        "插件 \(plugin.id) 有 \(plugin.problems.count) 个问题，暂不能登记其事项；请先运行 taizhang plugin check", exitCode: 1)
    }
    guard plugin.items.contains(where: { $0.id == itemID }) else {
      let hint = DeclarationSchema.closest(to: itemID, in: plugin.items.map(\.id))
        .map { "（是否想输入 \($0)？）" } ?? ""
      throw UsageError(
        "插件 \(plugin.id) 中没有事项 \"\(itemID)\"\(hint)；用 taizhang plugin list 查看插件，或在站点插件中添加该事项")
    }
  }
}
