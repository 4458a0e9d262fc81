import Foundation
import Host
import Testing

@Suite("Site config: the TOML subset, every key checked, errors with file and line")
struct SiteConfigTests {
  @Test("a full config reads into channels, messages and remind settings")
  func full() throws {
    let config = try SiteConfig.parse(#"""
      # 站点配置
      database = "/var/lib/taizhang/taizhang.sqlite"
      time_zone = "Asia/Shanghai"
      language = "en"
      plugins = ["/etc/taizhang/plugins"]
      heartbeat = "https://hc.example.cn/ping/abc"

      [channels.mail]
      type = "mail"
      sendmail = ["/usr/bin/msmtp", "-a", "default"]
      from = "taizhang@qy.example.cn"

      [channels.robot]
      type = "webhook"
      format = "dingtalk"
      url = "https://oapi.dingtalk.com/robot/send?access_token=x"
      secret = 'SEC\x'
      timeout = 7.5

      [messages]
      subject = """
      【提醒】{count} 项"""

      [remind]
      max_attempts = 3
      superior_roles = ["分管领导", "局长"]
      """#, file: "config.toml")
    #expect(config.database == "/var/lib/taizhang/taizhang.sqlite")
    #expect(config.language == "en")
    #expect(config.pluginFolders == ["/etc/taizhang/plugins"])
    #expect(config.channels.map(\.name) == ["mail", "robot"])
    #expect(config.channels[0].kind == .mail(command: ["/usr/bin/msmtp", "-a", "default"]))
    #expect(config.channels[0].contact == "email")
    #expect(config.channels[1].kind == .webhook(url: "https://oapi.dingtalk.com/robot/send?access_token=x", format: .dingtalk, secret: "SEC\\x", timeout: 7.5))
    #expect(config.messages["subject"] == "【提醒】{count} 项")
    #expect(config.remind.maxAttempts == 3)
    #expect(config.remind.superiorRoles == ["分管领导", "局长"])
  }

  @Test("mistakes name the file and line", arguments: [
    ("colour = 1", "config.toml:1: unknown key \"colour\""),
    ("language = \"fr\"", "config.toml:1: language should be"),
    ("\n[channels.x]\ntype = \"pager\"", "config.toml:3: unknown channel type \"pager\""),
    ("[channels.x]\ntype = \"outbox\"", "config.toml:1: folder is required in [channels.x]"),
    ("[channels.x]\ntype = \"mail\"\nsendmail = \"msmtp\"\nfrom = \"a@b\"", "config.toml:3: sendmail should start"),
    ("[channels.x]\ntype = \"webhook\"\nurl = \"ftp://x\"", "config.toml:3: url \"ftp://x\" is not an http(s) URL"),
    ("[remind]\nmax_attempts = 0", "config.toml:2: max_attempts = 0 is out of range"),
    ("a = \"open", "config.toml:1: unterminated string"),
    ("x = {a = 1}", "config.toml:1: inline tables are not supported"),
    ("[messages]\nsubjekt = \"x\"", "config.toml:2: unknown message \"subjekt\" (did you mean \"subject\"?)"),
    ("time_zone = \"Mars/Olympus\"", "config.toml:1: \"Mars/Olympus\" is not a time zone"),
    ("[extra]", "config.toml:1: unknown table [extra]"),
    ("language = \"en\"\nlanguage = \"en\"", "config.toml:2: key \"language\" is set twice"),
  ])
  func errors(text: String, message: String) throws {
    let error = try #require(throws: ConfigError.self) { try SiteConfig.parse(text, file: "config.toml") }
    #expect(error.description.hasPrefix(message), "\(error.description)")
    #expect(error.exitCode == 2)
  }

  @Test("no file anywhere means the defaults; a named missing file is an error")
  func location() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("tz-noconf-\(UUID().uuidString)").path
    let config = try SiteConfig.load(flag: nil, environment: ["HOME": empty])
    #expect(config.file == nil)
    #expect(config.timeZone.identifier == "Asia/Shanghai")
    #expect(config.effectiveChannels.map(\.name) == ["console"])
    #expect(throws: ConfigError.self) { try SiteConfig.load(flag: empty + "/missing.toml", environment: [:]) }
  }
}

@Suite("The documented site config is a valid one")
struct DocumentedConfigTests {
  @Test("the example in docs/administrators.md parses, with every channel type")
  func example() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let doc = try String(contentsOf: root.appendingPathComponent("docs/administrators.md"), encoding: .utf8)
    let start = try #require(doc.range(of: "```toml\n"))
    let end = try #require(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
    let config = try SiteConfig.parse(String(doc[start.upperBound..<end.lowerBound]), file: "administrators.md")
    #expect(config.channels.map(\.name) == ["archive", "dingtalk", "mail", "wecom"])
    #expect(config.heartbeat != nil)
    #expect(config.messages["subject"]?.contains("{count}") == true)
  }
}
