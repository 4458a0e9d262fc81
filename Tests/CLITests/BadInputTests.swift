import Foundation
import Testing

/// Malformed input gets a clear message, a non-zero exit, and leaves the store unchanged.
@Suite("Bad input is refused and changes nothing")
struct BadInputTests {
  func seeded() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "bq-xx", "--name", "白泉小学", "--type", "school")
    try cli.run("person", "add", "tan-li", "--name", "谭莉")
    return cli
  }

  @Test(arguments: [
    (["record", "x", "--unit", "no-such-unit"], "单位 \"no-such-unit\" 不存在"),
    (["record", "x", "--unit", "bq-xx", "--by", "nobody"], "人员 \"nobody\" 不存在"),
    (["record", "x", "--unit", "bq-xx", "--period", "2026-13"], "期间 \"2026-13\""),
    (["record", "x", "--unit", "bq-xx", "--evidence", "missing.pdf"], "missing.pdf"),
    (["record", "x", "--unit", "bq-xx", "--value", "人数=many"], "人数=many"),
    (["audit", "--since", "2026-02-30"], "2026-02-30"),
    (["unit", "add", "bq-xx", "--name", "重复", "--type", "school"], "已存在"),
    (["person", "add", "tan-li", "--name", "重复"], "已存在"),
    (["role", "assign", "校长", "--unit", "bq-xx", "--person", "ghost"], "人员 \"ghost\" 不存在"),
    (["role", "unassign", "校长", "--unit", "bq-xx", "--person", "tan-li"], "没有担任"),
    (["unit", "move", "bq-xx", "--parent", "bq-xx"], "环"),
    (["record", "undo", "x", "--unit", "bq-xx"], "没有可撤销"),
  ])
  func refused(args: [String], message: String) throws {
    let cli = try seeded()
    let before = try cli.run("audit", "--json").stdout
    let result = try cli.run(args: args)
    #expect(result.status == 1 || result.status == 2)
    #expect(result.stderr.hasPrefix("taizhang: "))
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
    #expect(try cli.run("audit", "--json").stdout == before)
  }

  @Test func usageErrorsExitTwo() throws {
    let cli = try seeded()
    #expect(try cli.run("unit", "add", "x", "--name", "缺类型").status == 2)
    #expect(try cli.run("record", "x", "--unit", "bq-xx", "--period", "2026-99").status == 2)
  }

  @Test func missingDatabaseAsksForInit() throws {
    let cli = try CLI()
    let result = try cli.run("unit", "list")
    #expect(result.status == 1)
    #expect(result.stderr.contains("taizhang init"))
  }
}
