import Foundation
import Scheduling
import Storage

/// `taizhang doctor`: checks that the reminder job can work and has been working — the
/// binary and the files it uses, config, database, plugins, holiday data, channels, the
/// last run, given-up deliveries. docs/operations.md explains every line.
public struct Doctor: Encodable {
  /// One finding.
  public struct Finding: Sendable, Encodable {
    /// How bad it is.
    /// `notice`: worth knowing, nothing to do yet (next year's holiday data before
    /// November; deliveries waiting to be retried).
    public enum Level: String, Sendable, Encodable { case ok, notice, warning, error }
    /// How bad it is.
    public let level: Level
    /// Which check found it: binary, plugins, config, ledger, log, holidays, channels,
    /// last_run, deliveries.
    public let check: String
    /// What was found, zh-CN.
    public let message: String
  }

  /// The files in use, for `--json` readers.
  public struct Paths: Sendable, Encodable {
    /// The binary's real path.
    public var binary = ""
    /// The plugin folders, first to last.
    public var pluginFolders: [String] = []
    /// The config file, nil when none.
    public var config: String?
    /// The ledger (a file path or a postgres:// URL).
    public var ledger = ""
    /// The remind job's detail log.
    public var log = ""

    enum CodingKeys: String, CodingKey {
      case binary, config, ledger, log
      case pluginFolders = "plugin_folders"
    }
  }

  /// The files in use.
  public internal(set) var paths = Paths()
  /// The findings, in check order.
  public internal(set) var findings: [Finding] = []

  /// 0 when everything is fine, 1 when anything warrants attention.
  public var exitCode: Int32 { findings.contains { $0.level == .warning || $0.level == .error } ? 1 : 0 }

  enum CodingKeys: String, CodingKey {
    case paths, findings
    case exitCode = "exit_code"
  }

  /// Encodes the paths, the findings and the exit code.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(paths, forKey: .paths)
    try c.encode(findings, forKey: .findings)
    try c.encode(exitCode, forKey: .exitCode)
  }

  mutating func note(_ level: Finding.Level, _ check: String, _ message: String) {
    findings.append(Finding(level: level, check: check, message: message))
  }

  /// Runs every check as of `now`.
  public static func check(
    config: SiteConfig, databasePath: String, now: Date, pluginFolders: [String],
    layout: InstallLayout = .current()
  ) -> Doctor {
    var d = Doctor()
    d.checkBinary(layout)
    d.paths.config = config.file
    d.note(.ok, "config", config.file.map { "配置文件：\($0)（可读）" } ?? "没有配置文件，使用默认设置")
    let search = PluginSearchPath.standard(extra: config.pluginFolders + pluginFolders)
    d.checkPluginFolders(search, layout: layout)
    let catalog = PluginCatalog.load(search)
    for plugin in catalog.plugins where !plugin.isUsable {
      d.note(.warning, "plugins", "插件 \(plugin.id) 有 \(plugin.problems.count) 个问题，不会使用（taizhang plugin check 查看）")
    }
    d.note(.ok, "plugins", "可用插件：\(catalog.plugins.filter(\.isUsable).map(\.id).joined(separator: "、"))")
    d.checkHolidays(catalog, now: now, timeZone: config.timeZone)
    d.checkChannels(config)
    d.checkFiles(databasePath: databasePath, log: Self.logPath(config: config, databasePath: databasePath))
    d.checkLedger(databasePath, now: now)
    return d
  }

  private mutating func checkHolidays(_ catalog: PluginCatalog, now: Date, timeZone: TimeZone) {
    let today = CivilDate(now, in: timeZone)
    guard let plugin = catalog.plugin("calendar"),
      let calendar = try? HolidayDataLoader(pluginFolder: plugin.folder).workCalendar()
    else {
      note(.warning, "holidays", "没有可用的节假日数据插件 calendar")
      return
    }
    for y in [today.year, today.year + 1] where !calendar.covers(year: y) {
      // The State Council publishes next year's arrangement in late October or November.
      let level: Finding.Level = y == today.year || today.month >= 11 ? .warning : .notice
      note(
        level, "holidays",
        "节假日数据缺 \(y) 年：该年只按周末判断工作日（国务院通知发布后补充 \(plugin.folder.path)/holidays/\(y).lua，或在站点插件目录中覆盖 calendar）")
    }
  }

  private mutating func checkChannels(_ config: SiteConfig) {
    if config.channels.isEmpty { note(.warning, "channels", "没有配置提醒渠道：remind 只会输出到控制台") }
    let fm = FileManager.default
    for channel in config.channels {
      switch channel.kind {
      case .mail(let command):
        if !fm.isExecutableFile(atPath: command[0]) {
          note(.error, "channels", "渠道 \(channel.name)：邮件程序 \(command[0]) 不存在或不可执行（Debian：apt-get install msmtp）")
        }
      case .outbox(let folder, _):
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isFolder) {
          if !isFolder.boolValue || !fm.isWritableFile(atPath: folder) {
            note(.error, "channels", "渠道 \(channel.name)：发件箱 \(folder) 不是可写的目录")
          }
        }
      case .console, .webhook:
        break
      }
    }
  }

  static func shown(_ date: Date) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = SchedulingContext.defaultTimeZone
    f.dateFormat = "yyyy-MM-dd HH:mm"
    return f.string(from: date)
  }
}
