import Foundation
import Testing

/// `taizhang inspection` and `taizhang finding` through the real binary: the loop from an
/// inspection to 销号, the refusals (exit 2, a clear message), import and export.
@Suite("taizhang finding and inspection")
struct FindingCommandTests {
  /// A bureau over a school; 钱红 the school's 总务主任, 白涛 the bureau's 督学, 陆平 a teacher.
  func site() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "dh-jyj", "--name", "东河区教育局", "--type", "bureau")
    try cli.run("unit", "add", "dh-xx", "--name", "东河小学", "--type", "school", "--parent", "dh-jyj")
    for (id, name) in [("qian-hong", "钱红"), ("bai-tao", "白涛"), ("lu-ping", "陆平")] {
      try cli.run("person", "add", id, "--name", name)
    }
    try cli.run("role", "assign", "总务主任", "--unit", "dh-xx", "--person", "qian-hong")
    try cli.run("role", "assign", "责任督学", "--unit", "dh-jyj", "--person", "bai-tao")
    return cli
  }

  func ok(_ result: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
  }

  @Test("an inspection's problem goes from 待整改 to 已销号, and only someone else may close it")
  func loop() throws {
    let cli = try site()
    let evidence = cli.folder.appendingPathComponent("记录.txt")
    try Data("督查记录".utf8).write(to: evidence)
    let inspection = try cli.run(
      "inspection", "add", "--unit", "dh-xx", "--kind", "督查", "--date", "2026-09-29", "--by", "白涛,陆平",
      "--score", "92", "--evidence", evidence.path)
    ok(inspection)
    #expect(inspection.stdout.contains("已登记检查 #1：dh-xx 督查 2026-09-29"))

    let add = try cli.run(
      "finding", "add", "--unit", "dh-xx", "--inspection", "1", "--description", "消防通道堆放杂物",
      "--severity", "较重", "--found", "2026-09-29", "--within", "5", "--owner", "qian-hong",
      "--owner-role", "总务主任", "--measures", "清理杂物，设置警示标识")
    ok(add)
    // 5 workdays from Tue Sep 29 over the National Day week: Sep 30, Oct 8, 9, 10 (调休), 12.
    #expect(add.stdout.contains("已登记问题 #1：dh-xx，发现于 2026-09-29，整改时限 2026-10-12"))

    let show = try cli.run("inspection", "show", "1")
    #expect(show.stdout.contains("检查人：白涛、陆平") && show.stdout.contains("得分：92") && show.stdout.contains("发现问题：1 个"))

    let rectify = try cli.run("finding", "rectify", "1", "--on", "2026-10-10", "--note", "已清理", "--by", "lu-ping")
    ok(rectify)
    #expect(rectify.stdout.contains("当前为「待验收」"))

    let byOwner = try cli.run("finding", "verify", "1", "--by", "qian-hong", "--on", "2026-10-12")
    #expect(byOwner.status == 2)
    #expect(byOwner.stderr.contains("qian-hong 是问题 #1 的责任人，不能验收销号自己负责的问题"))
    let byRectifier = try cli.run("finding", "verify", "1", "--by", "lu-ping", "--on", "2026-10-12")
    #expect(byRectifier.status == 2)

    let back = try cli.run("finding", "reopen", "1", "--by", "bai-tao", "--reason", "警示标识未张贴", "--on", "2026-10-12")
    ok(back)
    #expect(back.stdout.contains("已退回（第 1 次）") && back.stdout.contains("整改中"))
    let early = try cli.run("finding", "verify", "1", "--by", "bai-tao")
    #expect(early.status == 2)
    #expect(early.stderr.contains("当前为「整改中」，不能验收销号"))
    ok(try cli.run("finding", "rectify", "1", "--on", "2026-10-13", "--note", "已张贴"))
    let verify = try cli.run("finding", "verify", "1", "--by", "bai-tao", "--on", "2026-10-14", "--json")
    ok(verify)
    let json = try #require(try CLI.json(verify) as? [String: Any])
    #expect(json["status"] as? String == "closed")
    #expect(json["statusTitle"] as? String == "已销号")
    #expect(json["closedBy"] as? String == "bai-tao")

    let history = try cli.run("finding", "show", "1")
    for word in ["登记", "整改完成", "退回", "验收销号", "警示标识未张贴"] {
      #expect(history.stdout.contains(word), "\(word)")
    }
    let listed = try #require(try CLI.json(cli.run("finding", "list", "--unit", "dh-jyj", "--tree", "--json")) as? [[String: Any]])
    #expect(listed.count == 1)
    #expect(try cli.run("finding", "list", "--status", "已销号").stdout.contains("共 1 个问题，已销号 1 个"))
    #expect(try cli.run("finding", "list", "--status", "待整改").stdout.contains("没有符合条件的问题"))
  }

  @Test("overdue findings as of a day, and supervision")
  func overdueAndSupervised() throws {
    let cli = try site()
    ok(try cli.run("finding", "add", "--unit", "dh-xx", "--description", "甲", "--found", "2026-11-02", "--deadline", "2026-11-10"))
    ok(try cli.run("finding", "add", "--unit", "dh-xx", "--description", "乙", "--found", "2026-11-02", "--deadline", "2026-11-20"))
    let on = try cli.run("finding", "list", "--overdue", "--date", "2026-11-15", "--json")
    let overdue = try #require(try CLI.json(on) as? [[String: Any]])
    #expect(overdue.map { $0["description"] as? String } == ["甲"])
    ok(try cli.run("finding", "supervise", "2", "--note", "区局挂牌"))
    #expect(try cli.run("finding", "list").stdout.contains("督办"))
    #expect(try cli.run("finding", "list", "--overdue", "--date", "2026-11-25").stdout.contains("共 2 个问题"))
  }

  @Test("the school plugin's rules: a severity's default deadline, a category's owner role, who may close")
  func pluginRules() throws {
    let cli = try site()
    try cli.run("person", "add", "he-li", "--name", "何立")
    try cli.run("role", "assign", "分管副校长", "--unit", "dh-xx", "--person", "he-li")
    // 严重: 2 workdays (school findings.lua); from Tue Sep 29 over the National Day week
    // that is Sep 30 and Oct 8. 校园安全 is the 总务主任's by default.
    let add = try cli.run(
      "finding", "add", "--unit", "dh-xx", "--description", "校门口减速带损坏", "--category", "校园安全",
      "--severity", "严重", "--found", "2026-09-29")
    ok(add)
    #expect(add.stdout.contains("整改时限 2026-10-08"), "\(add.stdout)")
    let shown = try cli.run("finding", "show", "1", "--json")
    #expect(shown.stdout.contains("总务主任"), "\(shown.stdout)")
    ok(try cli.run("finding", "rectify", "1", "--on", "2026-10-08", "--note", "已修复", "--by", "qian-hong"))
    // 陆平 holds no role: not a verifier (分管副校长 or 校长) and not the superior's.
    let byTeacher = try cli.run("finding", "verify", "1", "--by", "lu-ping", "--on", "2026-10-09")
    #expect(byTeacher.status == 2)
    #expect(byTeacher.stderr.contains("未在单位 \"dh-xx\" 或其上级担任「分管副校长」或「校长」"), "\(byTeacher.stderr)")
    let byDeputy = try cli.run("finding", "verify", "1", "--by", "he-li", "--on", "2026-10-09")
    ok(byDeputy)
    #expect(byDeputy.stdout.contains("已销号"))
  }

  @Test("a hospital's 九不准 self-check records a finding on its item: category and owner from the item")
  func hospitalItem() throws {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "yy", "--name", "人民医院", "--type", "hospital")
    let add = try cli.run(
      "finding", "add", "--unit", "yy", "--description", "检验科仍有开单提成", "--item",
      "prohibitions.no_commission", "--severity", "严重", "--found", "2026-09-29", "--json")
    ok(add)
    #expect(add.stdout.contains("九不准"), "\(add.stdout)")
    #expect(add.stdout.contains("科室主任"), "\(add.stdout)")
    #expect(add.stdout.contains("2026-10-08"), "\(add.stdout)")  // 严重: 2 workdays, over National Day
  }

  @Test("bad input exits 2 with a clear message", arguments: [
    (["finding", "add", "--unit", "nowhere", "--description", "甲", "--deadline", "2026-12-30"], "单位 \"nowhere\" 不存在"),
    (["finding", "add", "--unit", "dh-xx", "--description", "甲", "--deadline", "下周"], "整改时限 \"下周\" 应为日期"),
    (["finding", "add", "--unit", "dh-xx", "--description", "甲", "--deadline", "2026-12-30", "--owner", "ghost"], "人员 \"ghost\" 不存在"),
    (["finding", "add", "--unit", "dh-xx", "--description", "甲", "--deadline", "2026-12-30", "--found", "2026-13-01"], "发现日期 \"2026-13-01\" 不是有效日期"),
    (["finding", "list", "--status", "完成"], "状态 \"完成\" 不存在"),
    (["finding", "list", "--owner", "ghost"], "人员 \"ghost\" 不存在"),
    (["finding", "show", "9"], "问题 #9 不存在"),
    (["finding", "rectify", "9", "--note", "x"], "问题 #9 不存在"),
    (["finding", "verify", "x", "--by", "bai-tao"], "问题编号 \"x\" 应为数字"),
    (["inspection", "add", "--unit", "dh-xx", "--kind", "督查", "--date", "2026-02-30"], "检查日期 \"2026-02-30\" 不是有效日期"),
  ])
  func badInput(args: [String], message: String) throws {
    let cli = try site()
    let result = try cli.run(args: args)
    #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test("a problem list imports all or nothing, once; export writes the five-column table")
  func importAndExport() throws {
    let cli = try site()
    let header = "单位编号,问题描述,类别,严重程度,整改措施,责任角色,责任人,整改时限,发现日期\n"
    let list = cli.folder.appendingPathComponent("问题清单.csv")
    try (header + """
      dh-xx,消防通道堆放杂物,安全管理,较重,清理,总务主任,钱红,5 个工作日,2026-09-29
      dh-xx,食堂留样记录不全,食品安全,一般,补齐,,,2026-10-30,2026-10-09
      dh-xx,晨检记录缺失,卫生,特别严重,,,,2026-10-30,2026-10-09

      """).write(to: list, atomically: true, encoding: .utf8)
    let bad = try cli.run("finding", "import", list.path)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("问题清单.csv:4: 严重程度 \"特别严重\" 不可用"))
    #expect(try cli.run("finding", "list").stdout.contains("没有符合条件的问题"))

    try (header + """
      dh-xx,消防通道堆放杂物,安全管理,较重,清理,总务主任,钱红,5 个工作日,2026-09-29
      dh-xx,食堂留样记录不全,食品安全,一般,补齐,,,2026-10-30,2026-10-09

      """).write(to: list, atomically: true, encoding: .utf8)
    #expect(try cli.run("finding", "import", list.path).stdout.contains("已导入 2 个问题"))
    #expect(try cli.run("finding", "import", list.path).stdout.contains("已导入 0 个问题，跳过已登记的 2 个"))

    let out = cli.folder.appendingPathComponent("整改台账.csv")
    ok(try cli.run("finding", "export", "--unit", "dh-jyj", "--tree", "-o", out.path, "--today", "2026-11-02"))
    let text = try String(contentsOf: out, encoding: .utf8)
    #expect(text.contains("问题,整改措施,责任人（责任部门）,整改时限,完成情况"))
    #expect(text.contains("dh-xx,东河小学,消防通道堆放杂物,清理,钱红（总务主任）,2026-10-12,尚未整改；已逾期,待整改,1"))
  }
}
