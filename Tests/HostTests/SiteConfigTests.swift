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

  @Test("[[school.terms]] reads TOML local dates, in date order, with the element's own lines")
  func schoolTerms() throws {
    let config = try SiteConfig.parse(#"""
      channels.outbox = { type = "outbox", folder = "/var/lib/taizhang/outbox" }

      [[school.terms]]
      name = "2026秋季学期"
      start = 2026-08-31
      end = 2027-01-23

      [[school.terms]]
      start = 2026-03-02   # 春季学期
      end = 2026-07-10
      """#, file: "config.toml")
    #expect(config.schoolTerms.terms.map(\.name) == ["2025—2026学年第二学期", "2026秋季学期"])
    #expect(config.schoolTerms.terms.map(\.start) == ["2026-03-02", "2026-08-31"])
    #expect(config.schoolTerms.terms.map(\.end) == ["2026-07-10", "2027-01-23"])
    let inline = try SiteConfig.parse(
      "school.terms = [{ start = 2027-02-22, end = 2027-07-09 }]", file: "config.toml")
    #expect(inline.schoolTerms.terms.map(\.start) == ["2027-02-22"])
    #expect(try SiteConfig.parse("[school]\nterms = []", file: "config.toml").schoolTerms == .none)
  }

  @Test("bad school terms name the file and line", arguments: [
    ("[[school.terms]]\nstart = 2026-09-01T08:00:00\nend = 2027-01-23", "config.toml:2: 第 1 个学期的 start = 2026-09-01T08:00:00 带有时刻；学期只写日期，如 start = 2026-09-01"),
    ("[[school.terms]]\nstart = 2026-09-01\nend = 2027-01-23T17:00:00+08:00", "config.toml:3: 第 1 个学期的 end = 2027-01-23T17:00:00+08:00 带有时刻"),
    ("[[school.terms]]\nstart = 08:00:00\nend = 2027-01-23", "config.toml:2: 第 1 个学期的 start = 08:00:00 是时刻，不是日期"),
    ("[[school.terms]]\nstart = \"2026-09-01\"\nend = 2027-01-23", "config.toml:2: 第 1 个学期的 start = \"2026-09-01\" 是字符串；日期不加引号：start = 2026-09-01"),
    ("[[school.terms]]\nstart = \"九月一日\"\nend = 2027-01-23", "config.toml:2: 第 1 个学期的 start = \"九月一日\" 不是日期"),
    ("[[school.terms]]\nstart = 20260901\nend = 2027-01-23", "config.toml:2: 第 1 个学期的 start 应是日期，如 start = 2026-09-01；不是整数"),
    ("[[school.terms]]\nstart = 2026-09-01", "config.toml:1: 第 1 个学期缺少 end"),
    ("[[school.terms]]\nstrat = 2026-09-01", "config.toml:2: [[school.terms]] 中没有键 \"strat\"（是不是 start？）"),
    ("[[school.terms]]\nname = \"\"\nstart = 2026-09-01\nend = 2027-01-23", "config.toml:2: 学期的 name 应是不空的字符串"),
    ("[[school.terms]]\nstart = 2026-09-01\nend = 2072-01-23", "config.toml:3: 第 1 个学期从 2026-09-01 到 2072-01-23，长过一年"),
    ("[[school.terms]]\nname = \"春\"\nstart = 2026-03-02\nend = 2026-07-10\n\n[[school.terms]]\nname = \"秋\"\nstart = 2026-09-01\nend = 2026-08-23",
     "config.toml:9: 学期“秋”的结束日期 end = 2026-08-23 早于开始日期 start = 2026-09-01"),
    ("[[school.terms]]\nstart = 2026-09-01\nend = 2027-01-23\n[[school.terms]]\nstart = 2026-03-02\nend = 2026-09-01",
     "config.toml:2: 第 1 个学期（2026-09-01–2027-01-23）与第 2 个学期（2026-03-02–2026-09-01）重叠"),
    ("[[school.terms]]\nstart = 2026-01-05\nend = 2026-01-20\n[[school.terms]]\nstart = 2026-02-24\nend = 2026-07-10",
     "config.toml:5: 第 2 个学期和第 1 个学期都在 2026 年上半年开学，期次都是 2026-T1"),
    ("school.terms = [{ start = 2026-09-01, end = 2026-08-01 }]", "config.toml:1: 第 1 个学期的结束日期"),
    ("school.terms = [2026-09-01]", "config.toml:1: school.terms 的第 1 项应是一个学期"),
    ("school.terms = 2026-09-01", "config.toml:1: school.terms 应是学期的表数组"),
    ("[school.terms]\nstart = 2026-09-01", "config.toml:1: 学期要写成表数组"),
    ("[school]\nterm = []", "config.toml:2: unknown key \"term\" in [school] (did you mean \"terms\"?)"),
    ("[[school.terms]]\nstart = 2026-02-30\nend = 2026-07-10", "config.toml:2: TOML 语法错误"),
  ])
  func badTerms(text: String, message: String) throws {
    let error = try #require(throws: ConfigError.self) { try SiteConfig.parse(text, file: "config.toml") }
    #expect(error.description.hasPrefix(message), "\(error.description)")
    #expect(error.exitCode == 2)
  }

  @Test("the shipped example config reads as it is, with an outbox channel")
  func shippedExample() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("packaging/debian/config.toml").path
    let config = try SiteConfig.load(flag: file, environment: [:])
    #expect(config.channels.map(\.name) == ["outbox"])
    #expect(config.channels.first?.kind == .outbox(folder: "/var/lib/taizhang/outbox", mail: false))
    #expect(config.schoolTerms == .none)
    // Its commented school terms are right as they stand once uncommented.
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let opened = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      ["# [[school.terms]]", "# name = ", "# start = ", "# end = "].contains { line.hasPrefix($0) }
        ? String(line.dropFirst(2)) : String(line)
    }.joined(separator: "\n")
    let uncommented = try SiteConfig.parse(opened, file: "config.toml")
    #expect(uncommented.schoolTerms.terms.map(\.start) == ["2026-03-02", "2026-08-31"])
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
    #expect(config.schoolTerms.terms.map(\.name) == ["2026春季学期", "2026秋季学期"])
  }
}
