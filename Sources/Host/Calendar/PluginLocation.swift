import Foundation

/// Finds the shipped `Plugins/` folder until plugin discovery (search paths from the
/// config file) lands: `TAIZHANG_PLUGIN_PATH` (first entry), then `./Plugins`, then the
/// folder three levels above the executable (`.build/<config>/taizhang` in a checkout).
public enum PluginLocation {
  /// The plugins folder, or `nil` when none was found.
  public static func shippedPlugins() -> URL? {
    let fm = FileManager.default
    var candidates: [URL] = []
    if let path = ProcessInfo.processInfo.environment["TAIZHANG_PLUGIN_PATH"],
      let first = path.split(separator: ":").first
    {
      candidates.append(URL(fileURLWithPath: String(first)))
    }
    candidates.append(
      URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Plugins"))
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

  /// The calendar plugin folder, or a usage error saying where it was looked for.
  public static func calendarPlugin(override: String? = nil) throws -> URL {
    if let override {
      let url = URL(fileURLWithPath: override)
      let folder =
        url.lastPathComponent == "calendar" ? url : url.appendingPathComponent("calendar")
      guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("plugin.lua").path)
      else { throw UsageError("在 \(override) 下找不到日历数据插件（calendar/plugin.lua）") }
      return folder
    }
    guard let root = shippedPlugins() else {
      throw UsageError("找不到日历数据插件 Plugins/calendar；请用 --plugins 指定插件目录或设置 TAIZHANG_PLUGIN_PATH")
    }
    return root.appendingPathComponent("calendar")
  }
}
