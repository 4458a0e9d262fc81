import Foundation

/// Where the shipped plugins folder is (found from the binary's real path), and which
/// calendar data plugin is in force.
public enum PluginLocation {
  /// The running binary, symlinks resolved (`InstallLayout.executablePath`: `/proc/self/exe`,
  /// never the working folder), so a call through PATH or a symlink finds the same plugins.
  public static let executable: URL? = URL(fileURLWithPath: InstallLayout.executablePath()).resolvingSymlinksInPath()

  /// The folders looked at for the shipped plugins, in order: `<bindir>/../share/taizhang/plugins`
  /// (an install: PREFIX/bin/taizhang beside PREFIX/share/taizhang/plugins), then a
  /// `Plugins/` folder in the binary's folder and up to five folders above it (a checkout's
  /// `.build/<triple>/debug/taizhang`).
  public static var shippedCandidates: [URL] {
    guard let executable else { return [] }
    let bin = executable.deletingLastPathComponent()
    var candidates = [bin.appendingPathComponent("../share/taizhang/plugins").standardizedFileURL]
    var up = bin
    for _ in 0...5 {
      candidates.append(up.appendingPathComponent("Plugins"))
      let parent = up.deletingLastPathComponent()
      if parent.path == up.path { break }
      up = parent
    }
    return candidates
  }

  /// The shipped plugins folder: the first candidate holding the calendar data plugin
  /// (`calendar/plugin.lua`); nil when none does. Doctor shows it. Site folders
  /// (`TAIZHANG_PLUGIN_PATH`, the config's `plugins`, `--plugins`) come after it.
  public static let shipped: URL? = shippedCandidates.first {
    FileManager.default.fileExists(atPath: $0.appendingPathComponent("calendar/plugin.lua").path)
  }

  /// The shipped plugins folder (see `shipped`).
  public static func shippedPlugins() -> URL? { shipped }

  /// The calendar data plugin in force: the last one on the search path (shipped, then
  /// `TAIZHANG_PLUGIN_PATH`, then `extra`), so a site folder's calendar overrides the
  /// shipped one. `extra` may also name a calendar folder itself.
  public static func calendarPlugin(override extra: String? = nil) throws -> URL {
    let path = try PluginSearchPath.checked(extra: extra.map { [$0] } ?? [])
    let found = path.entries.flatMap { entry in
      entry.isPlugin ? [entry.url] : [entry.url.appendingPathComponent("calendar")]
    }.filter { $0.lastPathComponent == "calendar" }
    if let calendar = found.last(where: {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("plugin.lua").path)
    }) {
      return calendar
    }
    if let extra { throw UsageError("在 \(extra) 下找不到日历数据插件（calendar/plugin.lua）") }
    throw UsageError("找不到日历数据插件 calendar；请用 --plugins 指定插件目录或设置 TAIZHANG_PLUGIN_PATH")
  }
}
