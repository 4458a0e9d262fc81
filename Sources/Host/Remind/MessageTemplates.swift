/// The texts a reminder digest is made of, in zh-CN and English. `{name}`-style fields are
/// filled in; the plugin's and then the site config's `[messages]` override single keys.
public struct MessageTemplates: Sendable, Equatable {
  /// The keys a template set has.
  public static let keys = [
    "subject", "greeting", "intro", "unit", "escalated", "overdue", "due", "soon", "item",
    "late", "findings", "finding", "footer",
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

  /// The text of `key` with `{field}`s replaced; a `{word}` that names no field stays as
  /// written, and a value is never searched for further fields.
  public func fill(_ key: String, _ fields: [String: String]) -> String {
    Self.fill(texts[key] ?? "", { fields[String($0)] })
  }

  /// The text of `key` with each `{field}` replaced by `value(field)` where that is not nil.
  func fill(_ key: String, value: (Substring) -> String?) -> String {
    Self.fill(texts[key] ?? "", value)
  }

  /// `template` with `{field}`s replaced, in one pass over its bytes (a digest fills a
  /// template per item, so Foundation's search-and-replace was most of a run's time).
  static func fill(_ template: String, _ value: (Substring) -> String?) -> String {
    let bytes = template.utf8
    let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
    guard bytes.contains(open) else { return template }
    var out = ""
    out.reserveCapacity(bytes.count + 64)
    var copied = bytes.startIndex
    var i = copied
    while let brace = bytes[i...].firstIndex(of: open) {
      guard let end = bytes[brace...].firstIndex(of: close) else { break }
      // `{` and `}` are ASCII, so these byte positions are character boundaries.
      if let value = value(template[bytes.index(after: brace)..<end]) {
        out += template[copied..<brace]
        out += value
        copied = bytes.index(after: end)
        i = copied
      } else {
        i = bytes.index(after: brace)
      }
    }
    out += template[copied...]
    return out
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
    "findings": "—— 整改事项 ——",
    "finding": "  · {title}（整改时限 {due}，负责：{role}）{late}",
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
    "findings": "— Findings to rectify —",
    "finding": "  · {title} (deadline {due}, owner: {role}) {late}",
    "footer": "Record the work in the ledger once done and the reminders stop. Sent automatically by taizhang.",
  ]
}
