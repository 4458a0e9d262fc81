import Foundation
import PostgresStorage

/// Where the ledger database lives: `--db PATH|URL`, else `TAIZHANG_DB`, else
/// `$XDG_DATA_HOME/taizhang/taizhang.sqlite`, else `~/.local/share/taizhang/taizhang.sqlite`.
/// A `postgres://` URL selects the PostgreSQL store; anything else is a SQLite file path.
public enum DatabaseLocation {
  /// The database path or URL for a `--db` flag value and an environment.
  public static func resolve(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let flag, !flag.isEmpty { return absolute(flag) }
    if let env = environment["TAIZHANG_DB"], !env.isEmpty { return absolute(env) }
    return dataFolder(environment) + "/taizhang.sqlite"
  }

  /// `$XDG_DATA_HOME/taizhang`, else `~/.local/share/taizhang`.
  public static func dataFolder(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/taizhang" }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/share/taizhang"
  }

  static func absolute(_ path: String) -> String {
    if PostgresURL.isURL(path) { return path }
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return FileManager.default.currentDirectoryPath + "/" + expanded
  }
}
