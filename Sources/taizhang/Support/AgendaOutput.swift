import Foundation
import Host

/// How `taizhang agenda` prints an agenda.
enum AgendaOutput {
  static let headings: [Agenda.Urgency: String] = [.overdue: "逾期", .today: "今天到期", .soon: "即将到期"]

  /// Text: one table per urgency.
  static func lines(_ agenda: Agenda) -> [String] {
    var lines = ["\(agenda.asOf) 的待办（含未来 \(agenda.days) 天）"]
    for urgency in Agenda.Urgency.allCases {
      let entries = agenda.entries.filter { $0.urgency == urgency }
      guard !entries.isEmpty else { continue }
      lines.append("")
      lines.append("【\(headings[urgency]!)】\(entries.count) 项")
      var table = TextTable(headers: ["应完成日", "单位", "事项", "编号", "期间", "负责", "次数"])
      for group in grouped(entries, collapsing: urgency == .overdue) {
        let e = group.first
        let times = group.count > 1 ? "\(group.count) 次（最早 \(e.occurrence.due)）" : ""
        table.append(["\(e.occurrence.due)", e.unit.name, e.item.title, e.item.id, "\(e.occurrence.period)", e.item.owner, times])
      }
      lines += table.lines()
    }
    if agenda.entries.isEmpty { lines.append("没有逾期或即将到期的事项。") }
    let counts = Agenda.Urgency.allCases.map { u in "\(headings[u]!) \(agenda.entries.filter { $0.urgency == u }.count)" }
    lines.append("")
    lines.append("合计：" + counts.joined(separator: "，"))
    return lines
  }

  /// Entries in order; when collapsing, one line per unit and item (an overdue daily item
  /// is one line with its count, not forty), shown at its earliest occurrence.
  static func grouped(_ entries: [Agenda.Entry], collapsing: Bool) -> [(first: Agenda.Entry, count: Int)] {
    guard collapsing else { return entries.map { ($0, 1) } }
    var order: [String] = []
    var groups: [String: (first: Agenda.Entry, count: Int)] = [:]
    for e in entries {
      let key = e.unit.id + "\u{0}" + e.item.id
      if let group = groups[key] {
        groups[key] = (group.first, group.count + 1)
      } else {
        groups[key] = (e, 1)
        order.append(key)
      }
    }
    return order.map { groups[$0]! }
  }

  /// JSON: the day, the reach and every entry.
  static func json(_ agenda: Agenda) throws -> String {
    let entries: [[String: Any]] = agenda.entries.map { e in
      [
        "unit": e.unit.id, "item": e.item.id, "title": e.item.title, "owner": e.item.owner,
        "period": "\(e.occurrence.period)", "due": "\(e.occurrence.due)", "urgency": e.urgency.rawValue,
      ]
    }
    let object: [String: Any] = ["asOf": "\(agenda.asOf)", "days": agenda.days, "entries": entries]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }
}
