import Foundation
import Testing

/// `taizhang doctor`: the files it uses, the last run's outcome, next year's holiday data,
/// and `--json` as one JSON document.
@Suite("doctor: files in use, last run, holiday data, JSON")
struct DoctorCommandTests {
  @Test("--json prints one JSON document: the real binary, plugin folders, config, ledger, log")
  func json() throws {
    let site = try RemindSite()
    #expect(try site.remind("--now", "2026-10-12").status == 0)
    let result = try site.cli.run(args: ["doctor", "--config", site.config, "--now", "2026-10-12T20:00", "--json"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    let paths = try #require(object["paths"] as? [String: Any])
    #expect(paths["binary"] as? String == CLI.binary.resolvingSymlinksInPath().path)
    #expect(paths["config"] as? String == site.config)
    #expect(paths["ledger"] as? String == site.cli.database)
    #expect(paths["log"] as? String == site.cli.folder.appendingPathComponent("ledger/remind.log").path)
    let folders = try #require(paths["plugin_folders"] as? [String])
    #expect(folders.first?.hasSuffix("/Plugins") == true, "\(folders)")
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["check"] as? String == "binary" && $0["level"] as? String == "ok" })
    #expect(findings.contains { $0["check"] as? String == "log" && $0["level"] as? String == "ok" })
    #expect(object["exit_code"] as? Int == 0)
  }

  @Test("the text names the binary, plugin folders, config, ledger and log and whether each is usable")
  func files() throws {
    let site = try RemindSite()
    let result = try site.cli.run(args: ["doctor", "--config", site.config, "--now", "2026-10-12T20:00"])
    for line in ["✓ 程序：", "✓ 插件目录：", "✓ 配置文件：\(site.config)（可读）", "✓ 台账数据库：\(site.cli.database)（可读写）",
      "✓ remind 日志："]
    {
      #expect(result.stdout.contains(line), "\(line) in \(result.stdout)")
    }
  }

  @Test("a last run that was partial is a ✗ line and exit 1")
  func partialRun() throws {
    let site = try RemindSite()
    try site.cli.run("person", "edit", "qy-shiyan-xx-staff", "--email", "")
    try site.writeConfig("""
      [channels.mailbox]
      type = "outbox"
      format = "eml"
      from = "taizhang@qy.example.cn"
      folder = "\(site.outbox.path)"
      """)
    #expect(try site.remind("--now", "2026-10-12").status == 1)
    let result = try site.cli.run(args: ["doctor", "--config", site.config, "--now", "2026-10-12T09:00"])
    #expect(result.status == 1)
    let line = result.stdout.split(separator: "\n").first { $0.contains("最近一次 remind（") }
    #expect(line?.hasPrefix("✗ ") == true && line?.contains("结果为 partial") == true, "\(result.stdout)")
  }

  @Test("next year's missing holiday data is a notice in October and a warning from 1 November")
  func holidayData() throws {
    let site = try RemindSite()
    #expect(try site.remind("--now", "2026-10-31").status == 0)
    let october = try site.cli.run(args: ["doctor", "--config", site.config, "--now", "2026-10-31T12:00"])
    #expect(october.stdout.contains("i 节假日数据缺 2027 年"), "\(october.stdout)")
    #expect(october.status == 0, "\(october.stdout)")
    #expect(try site.remind("--now", "2026-11-02").status == 0)
    let november = try site.cli.run(args: ["doctor", "--config", site.config, "--now", "2026-11-02T12:00"])
    #expect(november.stdout.contains("! 节假日数据缺 2027 年"), "\(november.stdout)")
    #expect(november.status == 1)
  }
}
