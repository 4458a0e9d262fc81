import Foundation

/// Writes a new plugin folder an administrator can start from: a manifest, one checklist
/// file with a category and an item, a reminder rule and finding rules — or, extending a
/// shipped plugin, a manifest with `extends` and a file showing `tz.item`, `tz.change` and
/// `tz.drop`.
public enum PluginScaffold {
  /// Creates `folder/id` and returns the files written (relative paths).
  public static func create(id: String, in folder: URL, extends base: String?) throws -> [String] {
    guard PluginConsistency.isItemID("x.\(id)"), id.first?.isLetter == true else {
      throw UsageError("插件编号 \"\(id)\" 只能用小写字母、数字和下划线，并以字母开头")
    }
    let root = folder.appendingPathComponent(id)
    guard !FileManager.default.fileExists(atPath: root.path) else {
      throw UsageError("\(root.path) 已存在；换一个编号或目录", exitCode: 1)
    }
    let files: [(String, String)] = base.map { extendingFiles(id: id, base: $0) } ?? freshFiles(id: id)
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return files.map(\.0)
  }

  static func freshFiles(id: String) -> [(String, String)] {
    [
      ("plugin.lua", """
        -- The manifest of the \(id) plugin. See docs/plugins.md.
        return {
          id = "\(id)",
          name = "\(id)",
          version = "0.1.0",
          api = 1,
          unit_types = { "\(id)" },
          requires = { "calendar" },
          description = "（一句话说明本插件服务哪类单位）",
          roles = {
            ["主要负责人"] = "全面工作第一责任人",
            ["办公室主任"] = "台账整理与报送",
          },
        }

        """),
      ("checklists/office.lua", """
        -- 办公室日常工作。
        tz.category{ id = "office", title = "办公室工作", order = 10 }

        tz.item{
          id = "office.monthly_report",
          title = "报送月度工作进展",
          category = "office",
          kind = "task",
          every = "monthly on last workday",
          owner = "办公室主任",
          escalate = { "主要负责人" },
          evidence = { "月报" },
        }

        """),
      ("spec/office_spec.lua", """
        -- 自测：taizhang plugin test \(id) --plugins 插件所在目录。API 见 docs/plugins.md。
        spec.unit{ id = "demo", name = "示例单位" }

        describe("月度工作进展", function()
          it("每月最后一个工作日报送：2026 年 3 月 31 日是星期二", function()
            expect(spec.due_dates("demo", "office.monthly_report", "2026-03")).to_equal({ "2026-03-31" })
          end)

          it("报送后本月完成", function()
            spec.clock.set("2026-03-31")
            expect(spec.status("demo", "office.monthly_report", "2026-03")).to_equal("open")
            spec.record{ unit = "demo", item = "office.monthly_report" }
            expect(spec.status("demo", "office.monthly_report", "2026-03")).to_equal("done")
          end)
        end)

        """),
      ("reminders.lua", """
        -- 提醒规则。
        tz.reminder{ id = "default", items = "*", before = "3 workdays", escalate_after = "3 workdays" }

        """),
      ("findings.lua", """
        -- 检查发现问题的整改规则：问题类别、整改时限、验收销号和逾期升级的角色（见 docs/plugins.md）。
        tz.finding_rules{
          categories = { { name = "办公室工作", checklist = { "office" }, owner = "办公室主任" } },
          severities = {
            { name = "一般", deadline = "10 workdays" },
            { name = "较重", deadline = "5 workdays" },
            { name = "严重", deadline = "2 workdays" },
          },
          verifiers = { "主要负责人" },
          escalate = { "主要负责人" },
        }

        """),
    ]
  }

  static func extendingFiles(id: String, base: String) -> [(String, String)] {
    [
      ("plugin.lua", """
        -- A site plugin building on "\(base)". See docs/customising.md.
        return {
          id = "\(id)",
          name = "\(base)（本地）",
          version = "0.1.0",
          api = 1,
          extends = "\(base)",
          roles = {},  -- 新增的角色；原插件的角色照常可用
        }

        """),
      ("checklists/local.lua", """
        -- 本地对 \(base) 检查清单的调整：新增、修改、删除事项。
        -- tz.item{ id = "safety.flood_drill", title = "开展防汛应急演练", category = "safety",
        --   kind = "task", every = "yearly on 05-20", owner = "校长" }
        -- tz.change("moral.flag_raising", { weight = 3 })
        -- tz.drop("civility.thrift")

        """),
      ("spec/local_spec.lua", """
        -- 自测：taizhang plugin test \(id) --plugins 插件所在目录。API 见 docs/plugins.md。
        spec.unit{ id = "demo", name = "示例单位" }

        describe("本地调整", function()
          it("继承了 \(base) 的事项", function()
            expect(#spec.items("demo") > 0).to_be_truthy()
          end)
        end)

        """),
    ]
  }
}
