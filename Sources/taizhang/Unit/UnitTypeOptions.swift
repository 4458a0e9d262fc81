import ArgumentParser
import Host

/// Where unit commands find the plugins that serve unit types, and the explicit way to
/// enter a unit before its plugin is installed.
struct UnitTypeOptions: ParsableArguments {
  @Option(
    name: .customLong("plugins"),
    help: "A site plugin folder, searched after the shipped one (repeatable).")
  var folders: [String] = []
  @Flag(
    name: .customLong("allow-unserved-type"),
    help:
      "Accept a unit type no plugin serves yet (such units get no checklist or reminders until one does)."
  )
  var allowUnserved = false

  /// The types the plugins on the search path serve.
  func served() -> ServedUnitTypes {
    ServedUnitTypes(catalog: PluginCatalog.load(PluginSearchPath.standard(extra: folders)))
  }

  /// The check an import applies row by row: nil when any type is allowed.
  func importCheck() -> ServedUnitTypes? { allowUnserved ? nil : served() }

  /// Throws unless a plugin serves `type`; with `--allow-unserved-type`, warns instead.
  func check(_ type: String) throws {
    let served = served()
    if allowUnserved {
      warnUnserved([type], served: served)
    } else {
      try served.check(type)
    }
  }

  /// Warns once per type that no plugin serves.
  func warnUnserved(_ types: [String], served: ServedUnitTypes) {
    for type in Set(types).sorted() where !served.serves(type) {
      Console.warning("单位类型 \"\(type)\" 暂无插件服务：这类单位在装上插件前没有清单，也不会收到提醒")
    }
  }
}
