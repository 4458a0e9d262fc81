import Foundation
import Host
import Testing

/// A plugin's reminder texts (`remind.*` keys of its message files) are checked when the
/// plugin loads: a `{field}` the text has not got (`{cnt}` for `{count}`) or a key that is
/// no reminder text is a problem with plugin, file and line, so `plugin check` shows it and
/// no digest ever carries it literally.
@Suite("Plugin reminder texts are checked at load time")
struct PluginMessageTemplateTests {
  let checklist = """
    tz.category{ id = "safety", title = "安全管理", order = 10 }
    tz.item{ id = "safety.drill", title = "演练", category = "safety", kind = "task", every = "monthly on 1", owner = "校长" }
    """

  @Test("an unknown {field} and an unknown remind.* key are problems with file and line")
  func unknownFieldsAndKeys() throws {
    let fixture = try PluginFixture()
    try fixture.manifest("school")
    try fixture.write("school", "checklists/safety.lua", checklist)
    try fixture.write("school", "messages/zh-CN.lua", """
      -- 学校插件的文字
      return {
        due = "{item}将于{date}到期",
        ["remind.subject"] = "【台账】{cnt} 项待办（{date}）",
        [ 'remind.footr' ] = "落款",
        ["remind.item"] = "  · {title}（{period}）{late}",
      }
      """)
    try fixture.write("school", "messages/en.lua", """
      return { ["remind.late"] = "{day} days late" }
      """)
    let plugin = try #require(fixture.load().plugin("school"))
    let zh = fixture.root.appendingPathComponent("school/messages/zh-CN.lua").path
    let en = fixture.root.appendingPathComponent("school/messages/en.lua").path
    #expect(plugin.problems.map(\.description) == [
      #"plugin school: \#(zh):4: message "remind.subject" uses {cnt}, which is not a field of it (did you mean "count"?); 可用字段：{date}、{count}、{name}"#,
      #"plugin school: \#(zh):5: "remind.footr" is not a reminder text (did you mean "remind.footer"?); 提醒文字有 remind.subject、remind.greeting、remind.intro、remind.unit、remind.escalated、remind.overdue、remind.due、remind.soon、remind.item、remind.late、remind.findings、remind.finding、remind.footer"#,
      #"plugin school: \#(en):1: message "remind.late" uses {day}, which is not a field of it (did you mean "days"?); 可用字段：{days}"#,
    ])
    #expect(!plugin.isUsable)
  }

  @Test("sound reminder texts and other message keys load without problems")
  func soundTexts() throws {
    let fixture = try PluginFixture()
    try fixture.manifest("school")
    try fixture.write("school", "checklists/safety.lua", checklist)
    try fixture.write("school", "messages/zh-CN.lua", """
      return { ["remind.subject"] = "【学校台账】{count} 项待办（{date}）", ["remind.footer"] = "请登记。{ 不是字段 }", hello = "{who} 你好" }
      """)
    let plugin = try #require(fixture.load().plugin("school"))
    #expect(plugin.problems == [])
  }

  @Test("a site plugin's text is checked in its own file; the base's texts it replaces are not its problem")
  func extendingPlugin() throws {
    let shipped = try PluginFixture()
    try shipped.manifest("school")
    try shipped.write("school", "checklists/safety.lua", checklist)
    try shipped.write("school", "messages/zh-CN.lua", #"return { ["remind.footer"] = "落款 {nme}" }"#)
    let site = try PluginFixture()
    try site.write("school", "plugin.lua", #"return { id = "school", name = "学校（站点）", version = "1.0", api = 1, extends = "school" }"#)
    try site.write("school", "messages/zh-CN.lua", """
      return {
        ["remind.footer"] = "站点落款",
        ["remind.intro"] = "截至 {date}，共 {count} 项，{unit}",
      }
      """)
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [shipped.root, site.root]))
    let plugin = try #require(catalog.plugin("school"))
    let file = site.root.appendingPathComponent("school/messages/zh-CN.lua").path
    #expect(plugin.problems.map(\.description) == [
      #"plugin school: \#(file):3: message "remind.intro" uses {unit}, which is not a field of it; 可用字段：{date}、{count}、{name}"#,
    ])
  }

  @Test("the built-in texts use only their own fields")
  func builtIn() {
    for language in ["zh-CN", "en"] {
      let texts = MessageTemplates.builtIn(language: language).texts
      #expect(Set(texts.keys) == Set(MessageTemplates.keys))
      for (key, text) in texts {
        #expect(MessageTemplates.unknownFields(in: text, key: key) == [], "\(language) \(key)")
      }
    }
  }
}
