import Foundation

/// Where the ledger database lives: `--db PATH`, else `TAIZHANG_DB`, else
/// `$XDG_DATA_HOME/taizhang/taizhang.sqlite`, else `~/.local/share/taizhang/taizhang.sqlite`.
public enum DatabaseLocation {
  /// The database path for a `--db` flag value and an environment.
  public static func resolve(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let flag, !flag.isEmpty { return absolute(flag) }
    if let env = environment["TAIZHANG_DB"], !env.isEmpty { return absolute(env) }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return xdg + "/taizhang/taizhang.sqlite"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/share/taizhang/taizhang.sqlite"
  }

  static func absolute(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return FileManager.default.currentDirectoryPath + "/" + expanded
  }
}
