import Foundation
import Host
import Testing

@Suite("Site config: TOML 1.0 through TOMLKit, every key checked, errors with file and line")
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
    ("a = \"open", "config.toml:1: TOML 语法错误"),
    ("x = {a = 1}", "config.toml:1: unknown table [x]"),
    ("[remind]\nmax_attempts = 3\n\n[channels]\nbox = { type = \"outbox\", folder = \"/tmp\", colour = 1 }",
     "config.toml:5: unknown key \"colour\" in [channels.box]"),
    ("channels.box.type = \"outbox\"\nchannels.box.folder = \"/tmp\"\nchannels.box.fromm = \"a@b\"",
     "config.toml:3: unknown key \"fromm\" in [channels.box] (did you mean \"from\"?)"),
    ("[messages]\nsubject = \"{cnt} 项待办\"", "config.toml:2: message \"subject\" uses {cnt}, which is not a field of it (did you mean \"count\"?)"),
    ("[messages]\nfooter = '''\n多行\n{name}'''", "config.toml:2: message \"footer\" uses {name}"),
    ("language = 2026-11-30", "config.toml:1: language should be a string, not a date"),
    ("[[remind]]\nmax_attempts = 3", "config.toml:1: unknown key \"remind\""),
    ("a = 1\n[\n", "config.toml:2: TOML 语法错误：表头"),
    ("[ #x", "config.toml:1: TOML 语法错误：表头"),
    ("[[.]]", "config.toml:1: TOML 语法错误：表头"),
    ("[messages]\nsubjekt = \"x\"", "config.toml:2: unknown message \"subjekt\" (did you mean \"subject\"?)"),
    ("time_zone = \"Mars/Olympus\"", "config.toml:1: \"Mars/Olympus\" is not a time zone"),
    ("[extra]", "config.toml:1: unknown table [extra]"),
    ("language = \"en\"\nlanguage = \"en\"", "config.toml:2: TOML 语法错误"),
  ])
  func errors(text: String, message: String) throws {
    let error = try #require(throws: ConfigError.self) { try SiteConfig.parse(text, file: "config.toml") }
    #expect(error.description.hasPrefix(message), "\(error.description)")
    #expect(error.exitCode == 2)
  }

  @Test("TOML 1.0: dotted keys, inline tables, literal multi-line strings and dates are read")
  func tomlOne() throws {
    let config = try SiteConfig.parse(#"""
      # 2026-11-30 起用
      time_zone = "Asia/Shanghai"
      channels.outbox = { type = "outbox", folder = "/var/lib/taizhang/outbox" }
      channels.robot.type = "webhook"
      channels.robot.url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"
      channels.robot.format = "wecom"
      remind = { max_attempts = 3, superior_roles = ["分管领导"] }

      [messages]
      footer = '''
      办完请登记。{不是字段 }'''
      subject = "{count} 项（{date}）"
      """#, file: "config.toml")
    #expect(config.channels.map(\.name) == ["outbox", "robot"])
    #expect(config.channels[0].kind == .outbox(folder: "/var/lib/taizhang/outbox", mail: false))
    #expect(config.remind.maxAttempts == 3)
    #expect(config.messages["footer"] == "办完请登记。{不是字段 }")
    #expect(config.messages["subject"] == "{count} 项（{date}）")
  }

  @Test("the shipped example config reads as it is, with an outbox channel")
  func shippedExample() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("packaging/debian/config.toml").path
    let config = try SiteConfig.load(flag: file, environment: [:])
    #expect(config.channels.map(\.name) == ["outbox"])
    #expect(config.channels.first?.kind == .outbox(folder: "/var/lib/taizhang/outbox", mail: false))
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
