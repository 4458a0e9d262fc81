import Foundation

/// Where this binary is installed and where the site files of that install live, judged
/// from the binary's real path (`/proc/self/exe`), never from the working folder.
///
/// A binary at `PREFIX/bin/taizhang` beside `PREFIX/share/taizhang/plugins` is installed.
/// Its site root is `/` for the prefixes `/usr` and `/usr/local` (and `ROOT` for `ROOT/usr`,
/// a package unpacked into a folder), else the prefix itself (`/opt/taizhang`). The system
/// config is `<root>/etc/taizhang/config.toml` and the system ledger folder
/// `<root>/var/lib/taizhang`; it is a system install when that config file exists.
public struct InstallLayout: Equatable, Sendable {
  /// The binary's real path.
  public let executable: String
  /// `PREFIX` when the binary is installed; nil in a checkout (`.build/debug/taizhang`).
  public let prefix: String?

  /// Judges the layout of `executable`; `exists` tells whether a path exists.
  public init(executable: String, exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) {
    self.executable = executable
    let bin = (executable as NSString).deletingLastPathComponent
    let prefix = (bin as NSString).deletingLastPathComponent
    let installed = (bin as NSString).lastPathComponent == "bin"
      && exists(prefix + "/share/taizhang/plugins/calendar/plugin.lua")
    self.prefix = installed ? prefix : nil
  }

  /// The layout of the running binary.
  public static func current() -> InstallLayout {
    InstallLayout(executable: executablePath())
  }

  /// The running binary's real path: `/proc/self/exe`, else (no /proc, as in a bare
  /// chroot) `argv[0]` — looked up on PATH when it has no slash — with symlinks resolved.
  public static func executablePath() -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    let name = CommandLine.arguments.first ?? "taizhang"
    if !name.contains("/") {
      let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
      if let found = folders.map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
        return URL(fileURLWithPath: found).resolvingSymlinksInPath().path
      }
    }
    return URL(fileURLWithPath: name).resolvingSymlinksInPath().path
  }

  /// `PREFIX/share/taizhang/plugins`, the shipped plugins of an installed binary.
  public var shippedPlugins: String? { prefix.map { $0 + "/share/taizhang/plugins" } }

  /// The folder `etc/` and `var/` of the install hang from ("" for the real root).
  public var siteRoot: String? {
    guard let prefix else { return nil }
    for tail in ["/usr", "/usr/local"] where prefix.hasSuffix(tail) {
      return String(prefix.dropLast(tail.count))
    }
    return prefix
  }

  /// `<root>/etc/taizhang/config.toml`; whether it exists makes this a system install.
  public var systemConfig: String? { siteRoot.map { $0 + "/etc/taizhang/config.toml" } }

  /// `<root>/var/lib/taizhang`, the ledger's folder in a system install.
  public var systemDataFolder: String? { siteRoot.map { $0 + "/var/lib/taizhang" } }
}
