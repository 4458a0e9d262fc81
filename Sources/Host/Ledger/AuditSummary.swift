import Foundation
import Storage

/// A one-line, human summary of an audit entry for terminal tables: the fields that
/// changed (`名称: 旧 → 新`), or the salient fields of an addition.
public enum AuditSummary {
  /// The summary of `entry`, at most `limit` display columns.
  public static func line(_ entry: AuditEntry, limit: Int = 72) -> String {
    let before = object(entry.before)
    let after = object(entry.after)
    var parts: [String] = []
    if entry.action == "record-batch", let after {
      parts.append(
        "批量登记 \(text(after["count"])) 条记录（#\(text(after["firstID"]))–#\(text(after["lastID"]))）")
    } else if entry.entity == "record" {
      let r = after ?? before ?? [:]
      if let by = r["by"] as? String { parts.append("执行人=\(by)") }
      if let note = r["note"] as? String { parts.append("备注=\(note)") }
      if let values = r["values"] as? [String: Any], !values.isEmpty {
        parts.append(
          values.keys.sorted().map { "\($0)=\(text(values[$0]))" }.joined(separator: ","))
      }
      if let files = r["evidence"] as? [[String: Any]], !files.isEmpty {
        let names = files.map { "\(text($0["fileName"]))(\(text($0["sha256"]).prefix(8)))" }
        parts.append("证明=" + names.joined(separator: ","))
      }
    } else if let before, let after {
      for key in Set(before.keys).union(after.keys).sorted()
      where text(before[key]) != text(after[key]) {
        parts.append("\(key): \(text(before[key])) → \(text(after[key]))")
      }
    } else if let after {
      parts = after.keys.sorted().compactMap { key in
        let value = text(after[key])
        return value.isEmpty || key == "id" ? nil : "\(key)=\(value)"
      }
    } else if let before, let name = before["name"] as? String {
      parts.append("name=\(name)")
    }
    return truncated(parts.joined(separator: "；"), to: limit)
  }

  static func object(_ json: String?) -> [String: Any]? {
    guard let json, let data = json.data(using: .utf8),
      let value = try? JSONSerialization.jsonObject(with: data)
    else { return nil }
    return value as? [String: Any]
  }

  static func text(_ value: Any?) -> String {
    switch value {
    case nil, is NSNull: return ""
    case let s as String: return s
    case let n as NSNumber: return n.stringValue
    case let d as [String: Any]:
      return d.keys.sorted().map { "\($0)=\(text(d[$0]))" }.joined(separator: ",")
    case let a as [Any]: return a.map { text($0) }.joined(separator: ",")
    default: return "\(value!)"
    }
  }

  static func truncated(_ s: String, to limit: Int) -> String {
    guard TextWidth.of(s) > limit else { return s }
    var out = ""
    for c in s {
      if TextWidth.of(out + String(c)) > limit - 1 { break }
      out.append(c)
    }
    return out + "…"
  }
}
