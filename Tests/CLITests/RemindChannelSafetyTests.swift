import Foundation
import Testing

/// Channels that never crash and never hang: mail programs that exit early, fail or stall,
/// webhooks that never answer, a whole run's deadline, and the delivery id a webhook
/// receiver deduplicates on.
@Suite("taizhang remind: channels that never crash or hang")
struct RemindChannelSafetyTests {
  /// A footer long enough that every message is larger than a pipe's buffer (64 KiB).
  static let hugeFooter = String(repeating: "请按时办理。", count: 6_000)

  /// An executable shell script in the site's folder.
  func script(_ site: RemindSite, _ name: String, _ body: String) throws -> String {
    let path = site.cli.folder.appendingPathComponent(name).path
    try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    chmod(path, 0o755)
    return path
  }

  func mailConfig(_ command: [String], extra: String = "") -> String {
    let list = command.map { "\"\($0)\"" }.joined(separator: ", ")
    return """
      [channels.mail]
      type = "mail"
      sendmail = [\(list)]
      from = "taizhang@qy.example.cn"
      \(extra)

      [messages]
      footer = "\(Self.hugeFooter)"
      """
  }

  @Test("a mail program that exits without reading a large message is a failed delivery, retried; no crash")
  func mailProgramExitsEarly() throws {
    let programs: [[String]] = [
      ["/bin/false"], ["exit75.sh"], ["/usr/bin/msmtp", "--no-such-option", "--host=127.0.0.1"],
    ]
    for var program in programs {
      let site = try RemindSite()
      if program == ["exit75.sh"] { program = [try script(site, "exit75.sh", "exit 75")] }
      try site.writeConfig(mailConfig(program))
      let result = try site.remind("--now", "2026-10-12", "--unit", "qy-shiyan-xx")
      #expect(result.status == 1, "\(program[0]): \(result.status) \(result.stderr)")
      #expect(!result.stderr.contains("Fatal error"), "\(result.stderr)")
      #expect(result.stdout.contains("发出 0 条消息"), "\(result.stdout)")
      #expect(try site.sql("SELECT DISTINCT status FROM delivery") == ["failed"])
      // Every failure is retried later (none given up after one attempt).
      #expect(try site.sql("SELECT count(*) FROM delivery WHERE next_attempt_at IS NULL") == ["0"])
    }
  }

  @Test("a mail program that never ends is killed, with what it started, after the channel's timeout")
  func mailProgramStalls() throws {
    let site = try RemindSite()
    let pidFile = site.cli.folder.appendingPathComponent("child.pid").path
    // Reads nothing, starts a child of its own, and waits for ever.
    let stalls = try script(site, "stall.sh", "sleep 600 &\necho $! > \(pidFile)\nwait")
    try site.writeConfig(mailConfig([stalls], extra: "timeout = 1"))
    let run = try BackgroundRun(
      ["remind", "--config", site.config, "--now", "2026-10-12", "--unit", "qy-shiyan-xx"],
      database: site.cli.database)
    let result = try #require(run.finish(within: 120), "remind hung on a mail program that never ends")
    #expect(result.status == 1, "\(result.stdout)")
    #expect(try site.sql("SELECT DISTINCT status FROM delivery") == ["failed"])
    let errors = try site.sql("SELECT DISTINCT last_error FROM delivery")
    #expect(errors.count == 1 && errors[0].contains("超过 1 秒"), "\(errors)")
    // The grandchild went with its parent (the whole process group is killed).
    let child = Int32((try? String(contentsOfFile: pidFile, encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    #expect(child > 0)
    #expect(eventually(within: 30) { !Self.isLive(child) }, "the mail program's child \(child) survived")
  }

  /// Whether a process exists and is not a zombie.
  static func isLive(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    return !stat[close...].hasPrefix(") Z")
  }

  @Test("a run past its deadline leaves the rest pending for the next run and says so")
  func runDeadline() throws {
    let site = try RemindSite()
    let server = try TestWebhook(folder: site.cli.folder, mode: "hang")
    defer { server.stop() }
    try site.writeConfig("""
      [channels.hook]
      type = "webhook"
      url = "\(server.url)"
      timeout = 1

      [remind]
      deadline_seconds = 2
      """)
    let run = try BackgroundRun(
      ["remind", "--config", site.config, "--now", "2026-10-12"], database: site.cli.database)
    let result = try #require(run.finish(within: 120), "remind did not stop at its deadline")
    #expect(result.status == 1)
    #expect(result.stdout.contains("条因超过运行时限留待下次"), "\(result.stdout)")
    // What was left is pending, unclaimed, and no attempt was counted for it.
    let left = try site.sql(
      "SELECT count(*) FROM delivery WHERE status = 'pending' AND attempts = 0 AND claimed_until IS NULL")
    #expect(Int(left.first ?? "0") ?? 0 > 0)
    #expect(try site.sql("SELECT outcome FROM run_log ORDER BY id DESC LIMIT 1") == ["partial"])
    // The next run, with a server that answers, sends them.
    server.stop()
    let healthy = try TestWebhook(folder: site.cli.folder, name: "healthy", mode: "ok")
    defer { healthy.stop() }
    try site.writeConfig("""
      [channels.hook]
      type = "webhook"
      url = "\(healthy.url)"
      """)
    let next = try site.remind("--now", "2026-10-12T08:05")
    #expect(try site.sql("SELECT count(*) FROM delivery WHERE status = 'pending'") == ["0"], "\(next.stdout)")
  }

  @Test("a webhook request carries the digest's id as X-Taizhang-Delivery and message_id, the same on a retry")
  func deliveryID() throws {
    let site = try RemindSite()
    let server = try TestWebhook(folder: site.cli.folder, mode: "fail", "1000")
    try site.writeConfig("""
      [channels.hook]
      type = "webhook"
      url = "\(server.url)"
      """)
    #expect(try site.remind("--now", "2026-10-12T08:00", "--unit", "qy-shiyan-xx").status == 1)
    let first = try server.requests()
    server.stop()
    let healthy = try TestWebhook(folder: site.cli.folder, name: "healthy", mode: "ok")
    defer { healthy.stop() }
    try site.writeConfig("""
      [channels.hook]
      type = "webhook"
      url = "\(healthy.url)"
      """)
    #expect(try site.remind("--now", "2026-10-12T09:00", "--unit", "qy-shiyan-xx").status == 0)
    let retried = try healthy.requests()
    #expect(!first.isEmpty && first.count == retried.count)
    for request in first + retried {
      #expect(request.delivery != nil && request.delivery == request.messageID)
    }
    #expect(Set(first.compactMap(\.delivery)) == Set(retried.compactMap(\.delivery)))
  }
}
