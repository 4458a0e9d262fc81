import Foundation

/// Where the shipped `Plugins/` folder is, and which calendar data plugin is in force.
public enum PluginLocation {
  /// The shipped plugins folder: `PREFIX/share/taizhang/plugins` of an installed binary,
  /// else `./Plugins`, else a `Plugins/` a few levels above the executable
  /// (`.build/<config>/taizhang` in a checkout); nil when none holds the calendar data
  /// plugin. Site folders (`TAIZHANG_PLUGIN_PATH`, `--plugins`) come after it on the search
  /// path, never instead.
  public static func shippedPlugins() -> URL? {
    let fm = FileManager.default
    var candidates = [URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Plugins")]
    // An installed binary (PREFIX/bin beside PREFIX/share/taizhang/plugins) uses its own.
    if let installed = InstallLayout.current().shippedPlugins {
      candidates.insert(URL(fileURLWithPath: installed), at: 0)
    }
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var up = exe.deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(up.appendingPathComponent("Plugins"))
      up = up.deletingLastPathComponent()
    }
    return candidates.first {
      fm.fileExists(atPath: $0.appendingPathComponent("calendar/plugin.lua").path)
    }
  }

  /// The calendar data plugin in force: the last one on the search path (shipped, then
  /// `TAIZHANG_PLUGIN_PATH`, then `extra`), so a site folder's calendar overrides the
  /// shipped one. `extra` may also name a calendar folder itself.
  public static func calendarPlugin(override extra: String? = nil) throws -> URL {
    let fm = FileManager.default
    var folders = PluginSearchPath.standard(extra: extra.map { [$0] } ?? []).folders
      .map { $0.appendingPathComponent("calendar") }
    if let extra, URL(fileURLWithPath: extra).lastPathComponent == "calendar" {
      folders.append(URL(fileURLWithPath: extra))
    }
    if let found = folders.last(where: { fm.fileExists(atPath: $0.appendingPathComponent("plugin.lua").path) }) {
      return found
    }
    if let extra { throw UsageError("在 \(extra) 下找不到日历数据插件（calendar/plugin.lua）") }
    throw UsageError("找不到日历数据插件 Plugins/calendar；请用 --plugins 指定插件目录或设置 TAIZHANG_PLUGIN_PATH")
  }
}
