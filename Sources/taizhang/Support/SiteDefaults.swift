import ArgumentParser
import Foundation
import Host

/// The site config as defaults for every command, not only `remind` and `doctor`: its
/// `database`, `plugins` folders and `language` apply wherever the command line and the
/// environment say nothing. Precedence: flag, then environment, then the config file
/// ($TAIZHANG_CONFIG, else ~/.config/taizhang/config.toml, else a system install's
/// /etc/taizhang/config.toml — whose ledger defaults to /var/lib/taizhang), then the
/// built-in defaults.
enum SiteDefaults {
  /// Reads the config named by the environment (if any) and fills in the environment
  /// variables the commands read: TAIZHANG_DB, TAIZHANG_CONFIG_PLUGIN_PATH, TAIZHANG_LANG
  /// and TAIZHANG_CONFIG_SCHOOL_TERMS.
  static func apply() throws {
    // Only a config read here passes school terms on, never the caller's environment.
    unsetenv(SiteTerms.environmentVariable)
    // A command given its own `--config` (remind, doctor) reads that file instead.
    if CommandLine.arguments.contains(where: { $0 == "--config" || $0.hasPrefix("--config=") }) {
      return
    }
    let environment = ProcessInfo.processInfo.environment
    guard SiteConfig.locate(flag: nil, environment: environment) != nil else { return }
    let site: SiteConfig
    do {
      site = try SiteConfig.load(flag: nil, environment: environment)
    } catch let error as UserFacingError {
      Console.error(error.description)
      throw ExitCode(2)
    }
    if let database = site.database, (environment["TAIZHANG_DB"] ?? "").isEmpty {
      setenv("TAIZHANG_DB", database, 1)
    }
    if !site.pluginFolders.isEmpty {
      // Config folders come after those of the environment; `--plugins` still comes last.
      // Passed apart from TAIZHANG_PLUGIN_PATH so a bad one is reported as the config's.
      setenv(PluginSearchPath.configVariable, site.pluginFolders.joined(separator: ":"), 1)
    }
    if (environment["TAIZHANG_LANG"] ?? "").isEmpty { setenv("TAIZHANG_LANG", site.language, 1) }
    if !site.schoolTerms.terms.isEmpty {
      setenv(SiteTerms.environmentVariable, site.schoolTerms.environmentValue, 1)
    }
  }
}
