import Foundation
import Scheduling

/// What one `taizhang remind` run is asked to do.
public struct RemindOptions: Sendable {
  /// The moment the run acts at (`--now`; default: the clock).
  public var now: Date
  /// Only this unit.
  public var unit: String?
  /// Only units served by this plugin.
  public var plugin: String?
  /// Only this channel.
  public var channel: String?
  /// Show what would be sent; send nothing, change nothing.
  public var dryRun: Bool
  /// More plugin folders (`--plugins`).
  public var pluginFolders: [String]

  /// Creates options.
  public init(
    now: Date = Date(), unit: String? = nil, plugin: String? = nil, channel: String? = nil,
    dryRun: Bool = false, pluginFolders: [String] = []
  ) {
    self.now = now
    self.unit = unit
    self.plugin = plugin
    self.channel = channel
    self.dryRun = dryRun
    self.pluginFolders = pluginFolders
  }

  /// Reads `--now`: `YYYY-MM-DD` (08:00 that day) or `YYYY-MM-DDTHH:MM[:SS]`, in `zone`.
  public static func parseNow(_ text: String, in zone: TimeZone) throws -> Date {
    // Read by hand: a DateFormatter starts ICU's date parser, which cost a cold run more
    // than everything else it does on an empty ledger.
    let bad = UsageError("--now \"\(text)\" 应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM")
    let day = text.prefix(10)
    let rest = text.dropFirst(10)
    guard day.count == 10, let date = CivilDate(String(day)) else { throw bad }
    var clock = [8, 0, 0]  // a date alone means 08:00, a working morning
    if !rest.isEmpty {
      guard rest.first == "T" || rest.first == " " else { throw bad }
      let fields = rest.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
      let numbers = fields.compactMap { field in
        field.count == 2 && field.allSatisfy { $0.isASCII && $0.isNumber } ? Int(field) : nil
      }
      guard (2...3).contains(fields.count), numbers.count == fields.count, numbers[0] < 24,
        numbers[1] < 60, numbers.count < 3 || numbers[2] < 60
      else { throw bad }
      clock = numbers + [0]
    }
    return date.startInstant(in: zone).addingTimeInterval(Double(clock[0] * 3600 + clock[1] * 60 + clock[2]))
  }
}

/// What a run did, for the one summary line and the exit code.
public struct RemindSummary: Sendable {
  /// The day the run judged.
  public var day: String
  /// Units looked at.
  public var units = 0
  /// Deliveries newly written to the outbox (in a dry run: that would be).
  public var queued = 0
  /// Messages sent.
  public var messages = 0
  /// Deliveries those messages carried.
  public var sent = 0
  /// Deliveries whose send failed this run (to be retried).
  public var failed = 0
  /// Deliveries given up this run.
  public var givenUp = 0
  /// Deliveries left unsent for the next run when the run's deadline passed.
  public var deferred = 0
  /// Deliveries taken over from a run that ended without sending them.
  public var interrupted = 0
  /// Years among the days the run judged (and the month ahead it warns about) that have
  /// no holiday data: their holidays and 调休 are unknown, so due days may be off.
  public var missingHolidayYears: [Int] = []
  /// Problems found (roles nobody holds, unit types without a plugin, plugin problems).
  public var problems: [String] = []
  /// Units the run could not serve in full: their watermarks stay, so the next good run
  /// catches up what they missed.
  public var skipped: [SkippedUnit] = []
  /// Deliveries newly written to the outbox, by channel.
  public var queuedByChannel: [String: Int] = [:]
  /// Whether nothing was changed.
  public var dryRun = false
  /// The detail log's path.
  public var log: String?

  /// 0 all done; 1 work held for the next run (deliveries failed or left past the run's
  /// deadline, units skipped).
  public var exitCode: Int32 { failed + givenUp + deferred > 0 || !skipped.isEmpty ? 1 : 0 }

  /// The run log's outcome: `ok` all done, `failed` nothing could be planned for any unit,
  /// `partial` anything else held for the next run.
  public var outcome: String {
    if units > 0 && Set(skipped.filter(\.entirely).map(\.unit)).count >= units { return "failed" }
    return exitCode == 0 ? "ok" : "partial"
  }

  /// `跳过 N 个单位（why ×n；…）`, nil when none was skipped.
  var skippedPart: String? {
    guard !skipped.isEmpty else { return nil }
    var counts: [String: Int] = [:]
    var order: [String] = []
    for s in skipped {
      if counts[s.reason] == nil { order.append(s.reason) }
      counts[s.reason, default: 0] += 1
    }
    let why = order.map { counts[$0, default: 0] > 1 ? "\($0) \(counts[$0, default: 0]) 个" : $0 }.joined(separator: "；")
    return "跳过 \(Set(skipped.map(\.unit)).count) 个单位（\(why)；留待下次补发）"
  }

  /// The one line for cron's mail.
  public var line: String {
    let head = dryRun ? "remind \(day)（演练，未发送）" : "remind \(day)"
    var parts = [
      "\(units) 个单位", "新提醒 \(queued) 条", "发出 \(messages) 条消息（含 \(sent) 条提醒）",
      "失败 \(failed) 条", "放弃 \(givenUp) 条",
    ]
    if let skippedPart { parts.append(skippedPart) }
    if deferred > 0 { parts.append("\(deferred) 条因超过运行时限留待下次") }
    if interrupted > 0 { parts.append("\(interrupted) 条来自中断的运行") }
    if !problems.isEmpty { parts.append("问题 \(problems.count) 个") }
    if !missingHolidayYears.isEmpty {
      parts.append("注意：\(missingHolidayYears.map { "\($0) 年" }.joined(separator: "、"))没有节假日数据")
    }
    var text = head + "：" + parts.joined(separator: "，")
    if let log, !dryRun { text += "（详见 \(log)）" }
    return text
  }
}

/// A unit a run could not serve in full, and why (a missing or broken plugin, a failed
/// `applies`).
public struct SkippedUnit: Sendable, Hashable, Encodable {
  /// The unit's id.
  public var unit: String
  /// Why, in a few words.
  public var reason: String
  /// Whether nothing at all was planned for it (false: only some items were left out).
  public var entirely = true
}
