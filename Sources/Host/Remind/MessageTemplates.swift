/// The texts a reminder digest is made of, in zh-CN and English. `{name}`-style fields are
/// filled in; the plugin's and then the site config's `[messages]` override single keys.
public struct MessageTemplates: Sendable, Equatable {
  /// The keys a template set has.
  public static let keys = [
    "subject", "greeting", "intro", "unit", "escalated", "overdue", "due", "soon", "item",
    "late", "footer",
  ]

  /// The texts by key.
  public var texts: [String: String]

  /// The built-in set for a language (`zh-CN` or `en`).
  public static func builtIn(language: String) -> MessageTemplates {
    MessageTemplates(texts: language == "en" ? english : chinese)
  }

  /// This set with `overrides` replacing single keys.
  public func overridden(by overrides: [String: String]) -> MessageTemplates {
    MessageTemplates(texts: texts.merging(overrides) { _, new in new })
  }

  /// The text of `key` with `{field}`s replaced.
  public func fill(_ key: String, _ fields: [String: String]) -> String {
    var text = texts[key] ?? ""
    for (field, value) in fields { text = text.replacingOccurrences(of: "{\(field)}", with: value) }
    return text
  }

  static let chinese: [String: String] = [
    "subject": "【台账提醒】{count} 项事项待处理（{date}）",
    "greeting": "{name}：",
    "intro": "截至 {date}，下列 {count} 项台账事项需要您处理或督办：",
    "unit": "■ {unit}",
    "escalated": "【逾期升级，请督办】",
    "overdue": "【已逾期】",
    "due": "【今天到期】",
    "soon": "【即将到期】",
    "item": "  · {title}（{period}，应完成日 {due}，负责：{role}）{late}",
    "late": "已逾期 {days} 天",
    "footer": "办完后请在台账中登记，登记后不再提醒。本消息由台账系统自动发出，请勿直接回复。",
  ]

  static let english: [String: String] = [
    "subject": "[taizhang] {count} items need attention ({date})",
    "greeting": "Dear {name},",
    "intro": "As of {date}, these {count} ledger items need your action or follow-up:",
    "unit": "■ {unit}",
    "escalated": "[Overdue, escalated to you]",
    "overdue": "[Overdue]",
    "due": "[Due today]",
    "soon": "[Due soon]",
    "item": "  · {title} ({period}, due {due}, owner: {role}) {late}",
    "late": "{days} days late",
    "footer": "Record the work in the ledger once done and the reminders stop. Sent automatically by taizhang.",
  ]
}
