import ArgumentParser
import Foundation
import Host

/// `--config FILE`: the site config (else $TAIZHANG_CONFIG, else
/// $XDG_CONFIG_HOME/taizhang/config.toml, else a system install's /etc/taizhang/config.toml,
/// when present; no file: defaults).
struct ConfigOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The site config file (default: $TAIZHANG_CONFIG, else ~/.config/taizhang/config.toml, else /etc/taizhang/config.toml, if present).",
      valueName: "file"))
  var config: String?

  /// Loads the config; errors name the file and line and exit with 2.
  func load() throws -> SiteConfig { try SiteConfig.load(flag: config) }

  /// The ledger for a command, at `databasePath`.
  func ledger(_ store: StoreOptions, _ site: SiteConfig) throws -> Ledger {
    try Ledger.open(path: databasePath(store, site))
  }

  /// Where the ledger is: `--db`, else $TAIZHANG_DB, else the config's `database`, else the
  /// default data folder.
  func databasePath(_ store: StoreOptions, _ site: SiteConfig) -> String {
    let env = ProcessInfo.processInfo.environment["TAIZHANG_DB"] ?? ""
    return DatabaseLocation.resolve(flag: store.db ?? (env.isEmpty ? site.database : nil))
  }
}
