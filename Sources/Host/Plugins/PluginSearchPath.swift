import Foundation

/// The folders plugins are found in, in order: the shipped plugins folder, then the folders
/// of `TAIZHANG_PLUGIN_PATH` (colon-separated), then the site config's `plugins`, then each
/// `--plugins DIR`. A plugin in a later folder overrides the one with the same id in an
/// earlier folder. A folder named twice (by its real path) counts once, where first named.
/// A named folder that itself holds a `plugin.lua` is that one plugin.
public struct PluginSearchPath: Sendable {
  /// Where a folder on the path was named.
  public enum Source: Sendable, Hashable, CustomStringConvertible {
    /// Found beside the binary.
    case shipped
    /// `TAIZHANG_PLUGIN_PATH`.
    case environment
    /// The site config's `plugins` (the file, when known).
    case config(file: String?)
    /// `--plugins`.
    case flag

    /// How messages name the source.
    public var description: String {
      switch self {
      case .shipped: "随程序安装的插件目录"
      case .environment: "环境变量 TAIZHANG_PLUGIN_PATH"
      case .config(let file): file.map { "配置文件 \($0) 的 plugins" } ?? "站点配置的 plugins"
      case .flag: "--plugins"
      }
    }
  }

  /// One folder on the path.
  public struct Entry: Sendable {
    /// The folder.
    public var url: URL
    /// Where it was named.
    public var source: Source
    /// Whether the folder is itself a plugin (holds `plugin.lua`), used as that one plugin.
    public var isPlugin: Bool
  }

  /// The folders, first to last.
  public var entries: [Entry]

  /// The folders' URLs, first to last.
  public var folders: [URL] { entries.map(\.url) }

  /// A search path of plain folders (as named by `--plugins`).
  public init(folders: [URL]) {
    entries = folders.map { Entry(url: $0, source: .flag, isPlugin: Self.holdsPlugin($0)) }
  }

  init(entries: [Entry]) { self.entries = entries }

  /// The environment variable through which the CLI passes the folders of the site config
  /// read by default (see SiteDefaults), so messages can say where a folder came from.
  public static let configVariable = "TAIZHANG_CONFIG_PLUGIN_PATH"

  /// The search path as named, unchecked: the shipped folder, the environment, `config`'s
  /// `plugins` and `extra` (from `--plugins`). `checked` refuses a bad one; doctor shows it.
  public static func standard(
    extra: [String] = [], config: SiteConfig? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> PluginSearchPath {
    func split(_ name: String) -> [String] {
      (environment[name] ?? "").split(separator: ":").map(String.init)
    }
    var named: [(String, Source)] = split("TAIZHANG_PLUGIN_PATH").map { ($0, .environment) }
    let fromConfig = split(configVariable)
    let configFile = fromConfig.isEmpty ? nil : SiteConfig.locate(flag: nil, environment: environment)
    named += fromConfig.map { ($0, .config(file: configFile)) }
    named += (config?.pluginFolders ?? []).map { ($0, .config(file: config?.file)) }
    named += extra.map { ($0, .flag) }
    var entries: [Entry] = []
    var seen: Set<String> = []
    if let shipped = PluginLocation.shipped {
      entries.append(Entry(url: shipped, source: .shipped, isPlugin: false))
      seen.insert(realPath(shipped))
    }
    for (path, source) in named {
      let url = URL(fileURLWithPath: path).standardizedFileURL
      guard seen.insert(realPath(url)).inserted else { continue }
      entries.append(Entry(url: url, source: source, isPlugin: holdsPlugin(url)))
    }
    return PluginSearchPath(entries: entries)
  }

  /// The standard search path, checked: every folder named must exist and hold a plugin
  /// (or be one), and some plugin must be found; else a configuration error (exit 2)
  /// naming the folder and where it was named.
  public static func checked(
    extra: [String] = [], config: SiteConfig? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> PluginSearchPath {
    let path = standard(extra: extra, config: config, environment: environment)
    if let problem = path.problems.first { throw UsageError(problem) }
    return path
  }

  /// What is wrong with the folders named, in Chinese, one line each.
  public var problems: [String] {
    var problems: [String] = []
    let fm = FileManager.default
    for entry in entries where entry.source != .shipped {
      var isFolder: ObjCBool = false
      let path = entry.url.path
      if !fm.fileExists(atPath: path, isDirectory: &isFolder) {
        problems.append("插件目录 \(path) 不存在（来自\(entry.source)）；请改正路径或删去这一项")
      } else if !isFolder.boolValue {
        problems.append("插件目录 \(path) 不是目录（来自\(entry.source)）；请指向放插件的目录")
      } else if !entry.isPlugin && PluginCatalog.pluginFolders(in: entry.url).isEmpty {
        problems.append(
          "插件目录 \(path) 中没有插件：它既没有 plugin.lua，也没有含 plugin.lua 的子目录（来自\(entry.source)）；请指向放插件的目录")
      }
    }
    if entries.isEmpty {
      let candidates = PluginLocation.shippedCandidates
      let install = candidates.first?.path ?? "PREFIX/share/taizhang/plugins"
      let looked = candidates.prefix(2).map(\.path).joined(separator: "、")
      problems.append(
        "找不到任何插件：程序旁没有随附的插件目录（找过 \(looked) 等处）；"
          + "请按安装说明把插件放在 \(install)，或用 --plugins、TAIZHANG_PLUGIN_PATH 指定插件目录")
    }
    return problems
  }

  /// The shared report helpers: `_lib/report_kit.lua` in the first folder holding them.
  public var reportKit: URL? {
    entries.lazy.filter { !$0.isPlugin }.map { $0.url.appendingPathComponent("_lib/report_kit.lua") }
      .first { FileManager.default.fileExists(atPath: $0.path) }
  }

  static func holdsPlugin(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent("plugin.lua").path)
  }

  static func realPath(_ url: URL) -> String {
    url.resolvingSymlinksInPath().standardizedFileURL.path
  }
}
