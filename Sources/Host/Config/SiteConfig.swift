import Foundation

/// The site config file (TOML): what the administrator owns — database, time zone,
/// language, plugin folders, channels with their credentials, the heartbeat URL, message
/// template overrides, the remind job's settings and the site's school terms. No file
/// means every default.
public struct SiteConfig: Sendable {
  /// The file it was read from, nil for the defaults.
  public var file: String?
  /// `database`: the ledger's path; nil: `--db`, `TAIZHANG_DB` or the data folder.
  public var database: String?
  /// `time_zone`: the zone days are judged in.
  public var timeZone = TimeZone(identifier: "Asia/Shanghai")!
  /// `language`: `zh-CN` or `en`, for messages.
  public var language = "zh-CN"
  /// `plugins`: site plugin folders, searched after the shipped ones.
  public var pluginFolders: [String] = []
  /// `log`: the remind job's detail log; nil: `remind.log` beside the database.
  public var log: String?
  /// `heartbeat`: a URL called at the start (`/start`), success (itself) and failure (`/fail`).
  public var heartbeat: String?
  /// `[channels.NAME]`, by name order.
  public var channels: [ChannelConfig] = []
  /// `[messages]`: template overrides by key.
  public var messages: [String: String] = [:]
  /// `[remind]`.
  public var remind = RemindSettings()
  /// `[[school.terms]]`: the site's school terms, for schools keeping none of their own.
  public var schoolTerms = SiteTerms.none

  /// Creates the defaults.
  public init() {}

  /// The channels a remind run uses when none is configured: the console.
  public var effectiveChannels: [ChannelConfig] {
    channels.isEmpty ? [ChannelConfig(name: "console", kind: .console, contact: nil)] : channels
  }
}

/// The `[remind]` table: retries, catch-up reach and escalation beyond the unit.
public struct RemindSettings: Equatable, Sendable {
  /// `max_attempts`: sends tried before a delivery is given up.
  public var maxAttempts = 5
  /// `retry_after_minutes`: the first retry's wait; it doubles each time.
  public var retryAfterMinutes = 30
  /// `lease_seconds`: how long a claim lasts without renewal (a live run renews its own).
  public var leaseSeconds = 600
  /// `deadline_seconds`: how long a run may send; what is left then waits for the next run.
  public var deadlineSeconds = 1200
  /// `catch_up_days`: how far back a run after a long pause looks.
  public var catchUpDays = 31
  /// `superior_roles`: the roles in the superior unit that hear after the unit's own chain.
  public var superiorRoles = ["分管领导"]

  /// Creates the defaults.
  public init() {}
}

extension SiteConfig {
  /// The config file for a `--config` value: the flag, else `$TAIZHANG_CONFIG`, else
  /// `$XDG_CONFIG_HOME/taizhang/config.toml` (or `~/.config/…`) when it exists, else the
  /// install's system config (`/etc/taizhang/config.toml`) when it exists; nil: defaults.
  public static func locate(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    layout: InstallLayout = .current()
  ) -> String? {
    if let flag, !flag.isEmpty { return DatabaseLocation.absolute(flag) }
    if let env = environment["TAIZHANG_CONFIG"], !env.isEmpty { return DatabaseLocation.absolute(env) }
    let fm = FileManager.default
    let user = userConfig(environment)
    if fm.fileExists(atPath: user) { return user }
    if let system = layout.systemConfig, fm.fileExists(atPath: system) { return system }
    return nil
  }

  /// `$XDG_CONFIG_HOME/taizhang/config.toml`, else `~/.config/taizhang/config.toml`.
  public static func userConfig(_ environment: [String: String]) -> String {
    let base: String
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      base = xdg
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      base = home + "/.config"
    }
    return base + "/taizhang/config.toml"
  }

  /// Loads the config found by `locate`, or the defaults. A named file that is missing is
  /// an error; so is every unknown key or bad value, with file and line. The system config
  /// without a `database` key puts the ledger in the system data folder (`/var/lib/taizhang`).
  public static func load(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    layout: InstallLayout = .current()
  ) throws -> SiteConfig {
    guard let path = locate(flag: flag, environment: environment, layout: layout) else { return SiteConfig() }
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw ConfigError(
        file: path, line: 0,
        exists
          ? "无法读取配置文件（权限不足）：请以 taizhang 用户运行（sudo -u taizhang taizhang …）或把自己加入 taizhang 组"
          : "配置文件不存在：请检查 --config 或 TAIZHANG_CONFIG 给出的路径")
    }
    var config = try read(ConfigDocument.parse(data: data, file: path))
    config.file = path
    if path == layout.systemConfig, config.database == nil, let folder = layout.systemDataFolder {
      config.database = folder + "/taizhang.sqlite"
    }
    return config
  }
}
