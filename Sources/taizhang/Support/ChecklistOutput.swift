import Foundation
import Host
import Scheduling

/// How `taizhang checklist` prints a checklist.
enum ChecklistOutput {
  /// Text: a heading, then one table per category.
  static func lines(_ c: Checklist) -> [String] {
    let name = c.plugin.manifest?.name ?? c.plugin.id
    var period = "\(c.period)"
    if case .term(let year, let index) = c.period {
      period += "（\(SchoolTerm.displayName(year: year, index: index))）"
    }
    var lines = ["\(c.unit.name)（\(c.unit.id)）· \(name) · \(period)（截至 \(c.asOf)）"]
    for section in c.sections {
      lines.append("")
      lines.append("【\(section.category.title)】")
      var table = TextTable(headers: ["事项", "编号", "负责", "应完成", "已完成", "逾期", "下次"])
      for row in section.rows {
        table.append([
          row.item.title, row.item.id, row.item.owner, String(row.occurrences.count),
          String(row.done), row.overdue == 0 ? "" : String(row.overdue),
          row.next.map { "\($0.due)" } ?? "",
        ])
      }
      lines += table.lines()
    }
    let rows = c.sections.flatMap(\.rows)
    let due = rows.reduce(0) { $0 + $1.occurrences.count }
    let done = rows.reduce(0) { $0 + $1.done }
    let overdue = rows.reduce(0) { $0 + $1.overdue }
    lines.append("")
    lines.append("共 \(rows.count) 个事项，本期应完成 \(due) 次，已完成 \(done) 次，逾期 \(overdue) 次。")
    return lines
  }

  /// JSON: the unit, period and day, and each item with its occurrences.
  static func json(_ c: Checklist) throws -> String {
    let sections: [[String: Any]] = c.sections.map { section in
      [
        "category": section.category.id, "title": section.category.title,
        "items": section.rows.map { row in
          [
            "id": row.item.id, "title": row.item.title, "kind": row.item.kind.rawValue,
            "owner": row.item.owner, "due": row.occurrences.count, "done": row.done,
            "overdue": row.overdue,
            "occurrences": row.occurrences.map {
              ["period": "\($0.occurrence.period)", "due": "\($0.occurrence.due)", "records": $0.records]
            },
          ] as [String: Any]
        },
      ]
    }
    let object: [String: Any] = [
      "unit": c.unit.id, "plugin": c.plugin.id, "period": "\(c.period)", "asOf": "\(c.asOf)",
      "sections": sections,
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }
}
