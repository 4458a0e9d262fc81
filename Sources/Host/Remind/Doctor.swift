import Foundation
import Scheduling
import Storage

/// `taizhang doctor`: checks that the reminder job can work and has been working — config,
/// database, plugins, holiday data, channels, the last successful run, given-up deliveries.
public struct Doctor {
  /// One finding.
  public struct Finding: Sendable {
    /// How bad it is.
    /// `notice`: worth knowing, nothing to do yet (next year's holiday data before the
    /// State Council publishes it; deliveries waiting to be retried).
    public enum Level: String, Sendable { case ok, notice, warning, error }
    /// How bad it is.
    public let level: Level
    /// What was found, zh-CN.
    public let message: String
  }

  /// The findings, in check order.
  public private(set) var findings: [Finding] = []

  /// 0 when everything is fine, 1 when anything warrants attention.
  public var exitCode: Int32 { findings.contains { $0.level == .warning || $0.level == .error } ? 1 : 0 }

  private mutating func note(_ level: Finding.Level, _ message: String) {
    findings.append(Finding(level: level, message: message))
  }

  /// Runs every check as of `now`.
  public static func check(config: SiteConfig, databasePath: String, now: Date, pluginFolders: [String]) -> Doctor {
    var d = Doctor()
    d.note(.ok, config.file.map { "配置文件：\($0)" } ?? "没有配置文件，使用默认设置")
    let catalog = PluginCatalog.load(PluginSearchPath.standard(extra: config.pluginFolders + pluginFolders))
    for plugin in catalog.plugins where !plugin.isUsable {
      d.note(.warning, "插件 \(plugin.id) 有 \(plugin.problems.count) 个问题，不会使用（taizhang plugin check 查看）")
    }
    d.note(.ok, "可用插件：\(catalog.plugins.filter(\.isUsable).map(\.id).joined(separator: "、"))")
    let year = CivilDate(now, in: config.timeZone).year
    if let calendar = try? catalog.plugin("calendar").map({ try HolidayDataLoader(pluginFolder: $0.folder).workCalendar() }) {
      for y in [year, year + 1] where !calendar.covers(year: y) {
        d.note(y == year ? .warning : .notice, "节假日数据缺 \(y) 年：该年只按周末判断工作日（国务院通知发布后补充 Plugins/calendar/holidays/\(y).lua）")
      }
    } else {
      d.note(.warning, "没有可用的节假日数据插件 calendar")
    }
    d.checkChannels(config)
    d.checkLedger(databasePath, now: now)
    return d
  }

  private mutating func checkChannels(_ config: SiteConfig) {
    if config.channels.isEmpty { note(.warning, "没有配置提醒渠道：remind 只会输出到控制台") }
    let fm = FileManager.default
    for channel in config.channels {
      switch channel.kind {
      case .mail(let command):
        if !fm.isExecutableFile(atPath: command[0]) {
          note(.error, "渠道 \(channel.name)：邮件程序 \(command[0]) 不存在或不可执行（Debian：apt-get install msmtp）")
        }
      case .outbox(let folder, _):
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isFolder) {
          if !isFolder.boolValue || !fm.isWritableFile(atPath: folder) {
            note(.error, "渠道 \(channel.name)：发件箱 \(folder) 不是可写的目录")
          }
        }
      case .console, .webhook:
        break
      }
    }
  }

  private mutating func checkLedger(_ path: String, now: Date) {
    let ledger: Ledger
    do {
      ledger = try Ledger.open(path: path)
    } catch {
      note(.error, "无法打开台账数据库 \(path)：\(error)")
      return
    }
    note(.ok, "台账数据库：\(path)")
    do {
      let runs = try ledger.store.runs(job: RemindJob.name, limit: 200)
      if let last = runs.first(where: { $0.outcome == "ok" }) {
        let hours = now.timeIntervalSince(last.finishedAt ?? last.startedAt) / 3600
        if hours > 24 {
          note(.warning, "最近一次成功的 remind 在 \(Int(hours)) 小时前（\(Self.shown(last.startedAt))）：检查 cron 或 systemd 定时器")
        } else {
          note(.ok, "最近一次成功的 remind：\(Self.shown(last.startedAt))")
        }
      } else {
        note(.warning, runs.isEmpty ? "remind 从未运行过：请按 docs/remind.md 配置 cron 或 systemd 定时器" : "remind 从未成功运行过")
      }
      if let latest = runs.first, latest.outcome != "ok" {
        note(.warning, "最近一次 remind（\(Self.shown(latest.startedAt))）结果为 \(latest.outcome ?? "未结束")：\(latest.detail ?? "")")
      }
      let counts = try ledger.store.deliveryCounts()
      if counts.givenUp > 0 { note(.warning, "\(counts.givenUp) 条提醒多次发送失败后已放弃（查看 remind.log）") }
      if counts.retrying > 0 { note(.notice, "\(counts.retrying) 条提醒等待重试") }
    } catch {
      note(.error, "读取运行记录失败：\(error)")
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
