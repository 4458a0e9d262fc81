import Foundation
import LuaRuntime

/// Every plugin on a search path, loaded: the working ones and the broken ones with their
/// problems, side by side, so that one broken plugin never stops the others.
public struct PluginCatalog {
  /// A plugin replaced by one of the same id found later on the search path.
  public struct Override: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The folder that was replaced.
    public var replaced: String
    /// The folder used instead.
    public var by: String
  }

  /// All plugins found, by id.
  public let plugins: [LoadedPlugin]
  /// Plugins that replaced others.
  public let overrides: [Override]
  /// The search path they were found on.
  public let searchPath: PluginSearchPath
  /// The site's school terms the plugins were loaded with (`PluginLoader.siteTerms`):
  /// every schedule built over this catalog uses them.
  public let siteTerms: SiteTerms

  /// A catalog of already loaded plugins.
  public init(
    plugins: [LoadedPlugin], overrides: [Override], searchPath: PluginSearchPath = PluginSearchPath(folders: []),
    siteTerms: SiteTerms = .none
  ) {
    self.plugins = plugins
    self.overrides = overrides
    self.searchPath = searchPath
    self.siteTerms = siteTerms
  }

  /// Finds and loads every plugin on the search path.
  /// `tz.cal` serves the holidays of the calendar plugin found on the path (read on first use).
  public static func load(_ searchPath: PluginSearchPath, loader: PluginLoader = PluginLoader()) -> PluginCatalog {
    var found: [String: URL] = [:]
    var replaced: [String: URL] = [:]  // the folder each override replaced
    var overrides: [Override] = []
    for entry in searchPath.entries {
      let ids = entry.isPlugin ? [entry.url.lastPathComponent] : pluginFolders(in: entry.url)
      for id in ids {
        let url = entry.isPlugin ? entry.url : entry.url.appendingPathComponent(id)
        if let earlier = found[id] {
          overrides.append(Override(id: id, replaced: shown(earlier), by: shown(url)))
          replaced[id] = earlier
        }
        found[id] = url
      }
    }
    var loader = loader
    loader.reportKit = searchPath.reportKit ?? loader.reportKit
    if let calendarFolder = found["calendar"] {
      loader.calendar = CalendarSource {
        (try? HolidayDataLoader(pluginFolder: calendarFolder).workCalendar()) ?? .weekendsOnly
      }
    }
    let plugins = found.keys.sorted().map { id in
      // `extends` its own id means the plugin it overrides; another id, that plugin.
      loader.load(folder: found[id]!, shownFolder: shown(found[id]!)) { baseID in
        let folder = baseID == id ? replaced[id] : found[baseID]
        return folder.map { ($0, shown($0)) }
      }
    }
    let usable = Set(plugins.filter(\.isUsable).map(\.id))
    for plugin in plugins {
      for required in plugin.manifest?.requires ?? [] where !usable.contains(required) {
        let reason = found[required] == nil ? "is not installed" : "has problems"
        plugin.problems.append(PluginProblem(
          plugin: plugin.id, file: "\(plugin.shownFolder)/plugin.lua",
          message: "requires plugin \"\(required)\", which \(reason)"))
      }
    }
    return PluginCatalog(plugins: plugins, overrides: overrides, searchPath: searchPath, siteTerms: loader.siteTerms)
  }

  /// Every problem of every plugin.
  public var problems: [PluginProblem] { plugins.flatMap(\.problems) }

  /// The plugin with this id.
  public func plugin(_ id: String) -> LoadedPlugin? { plugins.first { $0.id == id } }

  /// The usable checklist plugin serving a unit type.
  public func plugin(forUnitType type: String) -> LoadedPlugin? {
    serving(unitType: type).flatMap { $0.isUsable ? $0 : nil }
  }

  /// The plugin in charge of a unit type, usable or not: a plugin that extends another
  /// takes over the types it serves.
  public func serving(unitType type: String) -> LoadedPlugin? {
    let candidates = plugins.filter { $0.manifest?.unitTypes.contains(type) == true }
    return candidates.first { $0.manifest?.extends != nil } ?? candidates.first
  }

  /// Why no plugin serves `type`, as a user reads it: a plugin whose manifest did not load
  /// declares no unit types, so the one meant may be among them — its first problem is
  /// named with plugin, file and line.
  public func noneServes(unitType type: String) -> String {
    let unloaded = plugins.filter { $0.manifest == nil }.flatMap(\.problems)
    guard let first = unloaded.first else {
      return "没有插件服务单位类型 \"\(type)\"；用 taizhang plugin list 查看插件"
    }
    let more = unloaded.count > 1 ? "（另有 \(unloaded.count - 1) 个问题）" : ""
    return "没有插件服务单位类型 \"\(type)\"；未能载入的插件：\(first)\(more)；用 taizhang plugin check 查看"
  }

  /// Sub-folders holding a plugin.lua; names starting with "_" or "." (such as `_meta`) are not plugins.
  static func pluginFolders(in folder: URL) -> [String] {
    let fm = FileManager.default
    let names = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { name in
      !name.hasPrefix("_") && !name.hasPrefix(".")
        && fm.fileExists(atPath: folder.appendingPathComponent(name).appendingPathComponent("plugin.lua").path)
    }.sorted()
  }

  /// A folder as messages show it: relative to the current directory when inside it.
  static func shown(_ url: URL) -> String {
    let path = url.standardizedFileURL.path
    let cwd = FileManager.default.currentDirectoryPath
    return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
  }
}
