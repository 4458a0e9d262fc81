import Foundation
import Storage

/// The doctor's checks of the files it uses: binary, plugin folders, ledger, log, run log.
extension Doctor {
  mutating func checkBinary(_ layout: InstallLayout) {
    paths.binary = layout.executable
    let kind =
      layout.prefix == nil
        ? "开发目录中的程序" : (layout.systemConfig.map { FileManager.default.fileExists(atPath: $0) } == true ? "系统安装" : "安装于 \(layout.prefix ?? "")")
    note(.ok, "binary", "程序：\(layout.executable)（\(kind)，版本 \(taizhangVersion)）")
  }

  mutating func checkPluginFolders(_ search: PluginSearchPath, layout: InstallLayout) {
    paths.pluginFolders = search.folders.map(\.path)
    let fm = FileManager.default
    if PluginLocation.shippedPlugins() == nil {
      let expected = layout.shippedPlugins ?? "<PREFIX>/share/taizhang/plugins"
      note(.error, "plugins", "找不到随程序发布的插件目录（应在 \(expected)）：请重新安装，或用 --plugins 指定")
    }
    for folder in search.folders {
      if fm.isReadableFile(atPath: folder.path) {
        note(.ok, "plugins", "插件目录：\(folder.path)（可读）")
      } else {
        note(.error, "plugins", "插件目录 \(folder.path) 不存在或不可读：检查配置的 plugins、TAIZHANG_PLUGIN_PATH 或 --plugins")
      }
    }
  }

  /// The remind log's path as `RemindJob` uses it: `log` in the config, else beside the ledger.
  static func logPath(config: SiteConfig, databasePath: String) -> String {
    config.log.map(DatabaseLocation.absolute)
      ?? (URL(fileURLWithPath: databasePath).deletingLastPathComponent().path + "/remind.log")
  }

  mutating func checkFiles(databasePath: String, log: String) {
    paths.ledger = databasePath
    paths.log = log
    if !LedgerDatabase.isPostgres(databasePath) {
      let folder = (databasePath as NSString).deletingLastPathComponent
      if !FileManager.default.fileExists(atPath: databasePath) {
        note(.error, "ledger", "台账数据库 \(databasePath) 不存在：先运行 taizhang init（系统安装由软件包创建）")
      } else if !Self.writable(databasePath) || !Self.writable(folder) {
        note(
          .error, "ledger",
          "台账数据库 \(databasePath) 或其目录不可写（SQLite 还要在目录中写 -wal/-shm 文件）：请以 taizhang 用户运行（sudo -u taizhang taizhang …）")
      }
    }
    let target = FileManager.default.fileExists(atPath: log) ? log : (log as NSString).deletingLastPathComponent
    if Self.writable(target) {
      note(.ok, "log", "remind 日志：\(log)（可写）")
    } else {
      note(.warning, "log", "remind 日志 \(log) 不可写：remind 将无法记录细节；检查目录权限或配置中的 log")
    }
  }

  private static func writable(_ path: String) -> Bool { access(path, W_OK) == 0 }

  mutating func checkLedger(_ path: String, now: Date) {
    guard LedgerDatabase.isPostgres(path) || FileManager.default.fileExists(atPath: path) else { return }
    let ledger: Ledger
    do {
      ledger = try Ledger.open(path: path)
    } catch {
      note(.error, "ledger", "无法打开台账数据库 \(path)：\(error)")
      return
    }
    note(.ok, "ledger", "台账数据库：\(path)（可读写）")
    do {
      let runs = try ledger.store.runs(job: RemindJob.name, limit: 200)
      if let last = runs.first(where: { $0.outcome == "ok" }) {
        let hours = now.timeIntervalSince(last.finishedAt ?? last.startedAt) / 3600
        if hours > 24 {
          note(.warning, "last_run", "最近一次成功的 remind 在 \(Int(hours)) 小时前（\(Self.shown(last.startedAt))）：检查 cron 或 systemd 定时器（systemctl status taizhang-remind.timer）")
        } else {
          note(.ok, "last_run", "最近一次成功的 remind：\(Self.shown(last.startedAt))")
        }
      } else {
        note(.warning, "last_run", runs.isEmpty ? "remind 从未运行过：请按 docs/operations.md 启用 systemd 定时器或 cron" : "remind 从未成功运行过")
      }
      if let latest = runs.first, latest.outcome != "ok" {
        // partial: some sends failed; failed: the run stopped. Both need a look today.
        let level: Finding.Level = latest.outcome == nil ? .warning : .error
        note(level, "last_run", "最近一次 remind（\(Self.shown(latest.startedAt))）结果为 \(latest.outcome ?? "未结束")：\(latest.detail ?? "")")
      }
      let counts = try ledger.store.deliveryCounts()
      if counts.givenUp > 0 { note(.warning, "deliveries", "\(counts.givenUp) 条提醒多次发送失败后已放弃（查看 remind.log）") }
      if counts.retrying > 0 { note(.notice, "deliveries", "\(counts.retrying) 条提醒等待重试") }
    } catch {
      note(.error, "ledger", "读取运行记录失败：\(error)")
    }
  }
}
