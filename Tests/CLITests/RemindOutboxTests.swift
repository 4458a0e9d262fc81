import Foundation
import Testing

/// The done-when scenario through the outbox folder channel.
@Suite("taizhang remind: outbox digests, no repeats, catch-up, escalation, dry run")
struct RemindOutboxTests {
  @Test("a working Monday sends digests; re-running sends nothing; three days later catches up")
  func mondayThenCatchUp() throws {
    let site = try RemindSite()
    let monday = try site.remind("--now", "2026-10-12")
    #expect(monday.status == 0, "\(monday.stderr)")
    #expect(monday.stdout.hasPrefix("remind 2026-10-12："))
    #expect(monday.stdout.split(separator: "\n").count == 1)
    let first = try site.outboxFiles()
    #expect(first.count > 4)
    let messages = try site.outboxMessages()
    // One message per recipient: no person gets two files from one run.
    let recipients = messages.compactMap { $0["recipient"] as? String }
    #expect(Set(recipients).count == recipients.count)
    let text = try #require(messages.first?["text"] as? String)
    #expect(text.contains("台账事项"))

    let again = try site.remind("--now", "2026-10-12T17:00")
    #expect(again.status == 0)
    #expect(again.stdout.contains("新提醒 0 条"))
    #expect(try site.outboxFiles() == first)

    // Thursday, after three days off: the stages of Tue, Wed and Thu are caught up.
    let thursday = try site.remind("--now", "2026-10-15")
    #expect(thursday.status == 0, "\(thursday.stderr)")
    #expect(try site.outboxFiles().count > first.count)
    let stages = try site.sql("SELECT DISTINCT stage FROM delivery")
    #expect(stages.contains { $0.hasPrefix("escalate-") })
    // Escalations reach people other than the owner: the superior bureau's 分管领导 too.
    let superiors = try site.sql(
      "SELECT count(*) FROM delivery WHERE stage LIKE 'escalate-%' AND recipient LIKE '%-deputy'")
    #expect((Int(superiors.first ?? "0") ?? 0) > 0)
    let unsent = try site.sql("SELECT count(*) FROM delivery WHERE status != 'sent'")
    #expect(unsent == ["0"])
  }

  @Test("message texts: the plugin's messages files, then the site config's [messages]")
  func templates() throws {
    let site = try RemindSite()
    let plugin = site.cli.folder.appendingPathComponent("site/school")
    try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
    try """
      return { id = "school", name = "学校（清源区）", version = "1.0.0-qy", api = 1, extends = "school" }
      """.write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    let messages = plugin.appendingPathComponent("messages")
    try FileManager.default.createDirectory(at: messages, withIntermediateDirectories: true)
    try """
      return { ["remind.subject"] = "【实验小学台账】{name}有 {count} 项待办", ["remind.footer"] = "插件落款" }
      """.write(to: messages.appendingPathComponent("zh-CN.lua"), atomically: true, encoding: .utf8)
    try """
      return { ["remind.subject"] = "School: {count}" }
      """.write(to: messages.appendingPathComponent("en.lua"), atomically: true, encoding: .utf8)
    try site.writeConfig("""
      plugins = ["\(plugin.deletingLastPathComponent().path)"]
      [channels.outbox]
      type = "outbox"
      folder = "\(site.outbox.path)"
      [messages]
      footer = "站点落款：清源区教育局"
      """)
    let run = try site.remind("--now", "2026-10-12", "--unit", "qy-shiyan-xx")
    #expect(run.status == 0, "\(run.stderr)")
    let message = try #require(try site.outboxMessages().first { $0["recipient"] as? String == "qy-shiyan-xx-staff" })
    #expect((message["subject"] as? String)?.hasPrefix("【实验小学台账】张晓燕有 ") == true)
    let text = try #require(message["text"] as? String)
    #expect(text.contains("站点落款：清源区教育局"))
    #expect(!text.contains("插件落款"))
  }

  @Test("a {field} a text does not have is an error: plugin check names plugin, file and line; remind sends none of it; the config's is exit 2")
  func unknownFields() throws {
    let site = try RemindSite()
    let plugin = site.cli.folder.appendingPathComponent("site/school")
    try FileManager.default.createDirectory(
      at: plugin.appendingPathComponent("messages"), withIntermediateDirectories: true)
    try """
      return { id = "school", name = "学校（清源区）", version = "1.0.0-qy", api = 1, extends = "school" }
      """.write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    try """
      return {
        ["remind.subject"] = "【实验小学台账】{cnt} 项待办",
      }
      """.write(to: plugin.appendingPathComponent("messages/zh-CN.lua"), atomically: true, encoding: .utf8)
    let folder = plugin.deletingLastPathComponent().path
    let check = try site.cli.run(args: ["plugin", "check", "--plugins", folder])
    #expect(check.status == 2, "\(check.stdout) \(check.stderr)")
    #expect(check.stderr.contains("plugin school: site/school/messages/zh-CN.lua:2: message \"remind.subject\" uses {cnt}"), "\(check.stderr)")
    #expect(check.stderr.contains("did you mean \"count\""))

    try site.writeConfig("""
      plugins = ["\(folder)"]
      [channels.outbox]
      type = "outbox"
      folder = "\(site.outbox.path)"
      """)
    let run = try site.remind("--now", "2026-10-12")
    #expect(run.status == 1, "\(run.stdout) \(run.stderr)")
    #expect(try site.sql("SELECT count(*) FROM delivery WHERE unit_id = 'qy-shiyan-xx'") == ["0"])
    for message in try site.outboxMessages() {
      #expect(!((message["subject"] as? String) ?? "").contains("{cnt}"))
    }

    try site.writeConfig("""
      [channels.outbox]
      type = "outbox"
      folder = "\(site.outbox.path)"

      [messages]
      subject = "{cnt} 项待办"
      """)
    let bad = try site.remind("--now", "2026-10-13")
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("config.toml:6: message \"subject\" uses {cnt}"), "\(bad.stderr)")
  }

  @Test("--dry-run lists what would go and changes nothing")
  func dryRun() throws {
    let site = try RemindSite()
    let preview = try site.remind("--now", "2026-10-12", "--dry-run")
    #expect(preview.status == 0, "\(preview.stderr)")
    #expect(preview.stdout.contains("演练"))
    #expect(preview.stdout.contains("→ "))
    #expect(try site.outboxFiles().isEmpty)
    #expect(try site.sql("SELECT count(*) FROM delivery") == ["0"])
    #expect(try site.sql("SELECT count(*) FROM watermark") == ["0"])
  }

  @Test("--unit and --channel narrow the run; unknown ones are usage errors")
  func filters() throws {
    let site = try RemindSite()
    let one = try site.remind("--now", "2026-10-12", "--unit", "qy-shiyan-xx")
    #expect(one.status == 0, "\(one.stderr)")
    #expect(try site.sql("SELECT DISTINCT unit_id FROM delivery") == ["qy-shiyan-xx"])
    #expect(try site.remind("--now", "2026-10-12", "--channel", "fax").status == 2)
    #expect(try site.remind("--now", "2026-10-12", "--plugin", "zoo").status == 2)
    #expect(try site.remind("--now", "12/10/2026").status == 2)
  }

  @Test("a bad config is exit 2 with file and line, and nothing is written")
  func badConfig() throws {
    let site = try RemindSite()
    try site.writeConfig("""
      language = "zh-CN"

      [channels.outbox]
      type = "outbox"
      folder = "\(site.outbox.path)"
      colour = "blue"
      """)
    let result = try site.remind("--now", "2026-10-12")
    #expect(result.status == 2)
    #expect(result.stderr.contains("config.toml:6: unknown key \"colour\""))
    #expect(try site.sql("SELECT count(*) FROM delivery") == ["0"])
  }

  @Test("a person without the channel's contact is reported as a failed delivery, not skipped")
  func missingContact() throws {
    let site = try RemindSite()
    try site.cli.run("person", "edit", "qy-shiyan-xx-staff", "--email", "")
    try site.writeConfig("""
      [channels.mailbox]
      type = "outbox"
      format = "eml"
      from = "taizhang@qy.example.cn"
      folder = "\(site.outbox.path)"
      """)
    let result = try site.remind("--now", "2026-10-12", "--unit", "qy-shiyan-xx")
    #expect(result.status == 1)
    let errors = try site.sql("SELECT DISTINCT last_error FROM delivery WHERE status = 'failed'")
    #expect(errors.count == 1)
    #expect(errors.first?.contains("没有“email”联系方式") == true)
    let log = try String(contentsOf: site.cli.folder.appendingPathComponent("ledger/remind.log"), encoding: .utf8)
    #expect(log.contains("张晓燕"))
  }

  @Test("doctor warns when the last successful run is older than a day")
  func doctor() throws {
    let site = try RemindSite()
    #expect(try site.remind("--now", "2026-10-12").status == 0)
    let fresh = try site.cli.run(args: ["doctor", "--config", site.config, "--now", "2026-10-12T20:00"])
    #expect(!fresh.stdout.contains("小时前"), "\(fresh.stdout)")
    let stale = try site.cli.run(args: ["doctor", "--config", site.config, "--now", "2026-10-14T09:00"])
    #expect(stale.status == 1)
    #expect(stale.stdout.contains("最近一次成功的 remind 在 49 小时前"))
  }
}
