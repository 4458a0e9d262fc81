import Foundation

#if canImport(Glibc)
  import Glibc
#endif
import Scheduling
import Storage

/// The sending half of a run: group the claimed deliveries into one digest per recipient
/// and channel, send each through its channel, mark the outcome. A failed digest is
/// retried after `retry_after_minutes`, doubling, and given up after `max_attempts`.
struct RemindSender {
  let config: SiteConfig
  let store: any Store
  /// The people, by id (read once per run, with the directory).
  let people: [String: Person]
  let log: RemindLog
  let console: (String) -> Void
  /// The overrides of the plugin serving a unit (the `remind.*` keys of its messages files).
  var pluginTexts: (String) -> [String: String] = { _ in [:] }
  /// The notice already in memory (this run planned it) of the delivery at a position of
  /// the claimed list, so it need not be decoded again; nil: read the stored text.
  var knownNotice: (Int) -> ReminderNotice? = { _ in nil }

  /// Marks sent, on channels where sending a message twice is harmless (the outbox folder
  /// recognises a digest it already wrote; the console only prints), are written in
  /// batches of this many deliveries rather than one transaction per message.
  static let markBatch = 20_000

  /// Built-in texts, then the plugin's, then the site config's.
  static func templates(_ config: SiteConfig, plugin: [String: String] = [:]) -> MessageTemplates {
    MessageTemplates.builtIn(language: config.language).overridden(by: plugin).overridden(by: config.messages)
  }

  /// Sends `claimed` (claimed by `holder`, this run: its new deliveries and earlier ones
  /// due again). Once the monotonic clock passes `deadline`, the digests not yet sent are
  /// released to the next run, unattempted.
  func send(
    _ claimed: [Delivery], now: Date, day: CivilDate, holder: String, deadline: Double, web: WebClient,
    summary: inout RemindSummary
  ) throws {
    guard !claimed.isEmpty else { return }
    let channels = Dictionary(uniqueKeysWithValues: config.effectiveChannels.map { ($0.name, $0) })
    let senders = channels.mapValues { Channels.make($0, timeZone: config.timeZone, web: web, console: console) }
    var templates: [[String: String]: MessageTemplates] = [:]
    var unmarked: [Int64] = []
    defer { if !unmarked.isEmpty { try? store.markDeliveriesSent(ids: unmarked, at: now) } }
    // Deliveries claimed together before (same attempt count) stay together, so a digest
    // interrupted mid-send is the same digest, with the same id, when it is sent again.
    let groups = Dictionary(grouping: claimed.indices) { i in
      let d = claimed[i]
      return "\(d.key.recipient)\u{0}\(d.key.channel)\u{0}\(d.attempts)"
    }
    let ordered = groups.sorted(by: { claimed[$0.value[0]].id < claimed[$1.value[0]].id })
    for (index, (_, positions)) in ordered.enumerated() {
      if ChildProcess.now() >= deadline {
        let left = ordered[index...].flatMap { $0.value.map { claimed[$0].id } }
        try store.releaseClaims(ids: left, holder: holder)
        summary.deferred += left.count
        log.write("超过运行时限：\(left.count) 条留待下次")
        break
      }
      let deliveries = positions.map { claimed[$0] }
      let first = deliveries[0]
      let ids = deliveries.map(\.id)
      guard let channel = channels[first.key.channel] else {
        try fail(ids, attempts: first.attempts, error: "渠道 \(first.key.channel) 已不在配置中", now: now, summary: &summary)
        continue
      }
      let digest = Digest(
        recipientID: first.key.recipient, person: people[first.key.recipient], channel: channel,
        deliveries: deliveries, known: positions.map(knownNotice))
      do {
        let texts = pluginTexts(first.key.unitID)
        let filled = templates[texts] ?? Self.templates(config, plugin: texts)
        templates[texts] = filled
        let (subject, text) = digest.compose(filled, day: day)
        let message = OutgoingMessage(
          digest: digest, address: try digest.address(), subject: subject, text: text, date: now)
        try senders[channel.name]!.send(message)
        if channel.repeatsAreHarmless {
          unmarked += ids
          if unmarked.count >= Self.markBatch {
            try store.markDeliveriesSent(ids: unmarked, at: now)
            unmarked = []
          }
        } else {
          try store.markDeliveriesSent(ids: ids, at: now)
        }
        summary.messages += 1
        summary.sent += ids.count
        log.write("已发送 \(digest.id) → \(first.key.recipient)@\(channel.name)：\(ids.count) 条")
      } catch let error as ChannelError {
        try fail(ids, attempts: first.attempts, error: error.description, now: now, summary: &summary)
      } catch {
        try fail(ids, attempts: first.attempts, error: "\(error)", now: now, summary: &summary)
      }
    }
    try store.markDeliveriesSent(ids: unmarked, at: now)
    unmarked = []
  }

  private func fail(_ ids: [Int64], attempts: Int, error: String, now: Date, summary: inout RemindSummary) throws {
    if attempts >= config.remind.maxAttempts {
      try store.markDeliveriesFailed(ids: ids, error: "已放弃（\(attempts) 次）：" + error, retryAt: nil)
      summary.givenUp += ids.count
      log.write("放弃 \(ids.count) 条（第 \(attempts) 次失败）：\(error)")
    } else {
      let wait = Double(config.remind.retryAfterMinutes) * 60 * pow(2, Double(attempts - 1))
      try store.markDeliveriesFailed(ids: ids, error: error, retryAt: now.addingTimeInterval(wait))
      summary.failed += ids.count
      log.write("失败 \(ids.count) 条（第 \(attempts) 次，\(Int(wait / 60)) 分钟后重试）：\(error)")
    }
  }
}

/// The remind job's detail log: appended, one timestamped line per event.
struct RemindLog {
  let path: String?

  func write(_ line: String) {
    guard let path else { return }
    let stamp = Self.stamp(time(nil))
    let bytes = Array("\(stamp) [\(getpid())] \(line)\n".utf8)
    // O_APPEND: lines of concurrent runs interleave whole, never overwrite each other.
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
    guard fd >= 0 else { return }
    _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    close(fd)
  }

  /// `2026-10-12T00:00:05Z`: what ISO8601DateFormatter writes, without building one
  /// (an ICU formatter per line cost more than the rest of the line).
  static func stamp(_ seconds: time_t) -> String {
    var t = seconds
    var parts = tm()
    gmtime_r(&t, &parts)
    var buffer = [CChar](repeating: 0, count: 32)
    let n = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
    return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// Calls the configured heartbeat URL: `/start` when a run begins, the URL itself on
/// success, `/fail` on failure (the convention of healthchecks.io and similar monitors).
/// A heartbeat that fails is logged, never fatal.
struct Heartbeat {
  enum Event { case start, success, failure }

  let url: String?
  let log: RemindLog
  let web: WebClient

  func ping(_ event: Event) {
    guard let url else { return }
    let target = switch event {
    case .start: url + "/start"
    case .success: url
    case .failure: url + "/fail"
    }
    do {
      let reply = try web.send(target, method: .GET, timeout: 10)
      if !(200..<300).contains(reply.status) { log.write("心跳 \(target) 返回 HTTP \(reply.status)") }
    } catch {
      log.write("心跳 \(target) 失败：\(error)")
    }
  }
}
