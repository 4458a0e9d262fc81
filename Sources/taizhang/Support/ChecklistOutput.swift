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
      // The report's columns: 应完成 = due by the day judged (or done early), 未到期 the rest.
      var table = TextTable(headers: ["事项", "编号", "负责", "应完成", "已完成", "逾期", "未到期", "下次"])
      for row in section.rows {
        table.append([
          row.item.title, row.item.id, row.item.owner, String(row.counted),
          String(row.done), row.overdue == 0 ? "" : String(row.overdue),
          row.open == 0 ? "" : String(row.open), row.next.map { "\($0.due)" } ?? "",
        ])
      }
      lines += table.lines()
    }
    let rows = c.sections.flatMap(\.rows)
    let sum = { (count: (Checklist.Row) -> Int) in rows.reduce(0) { $0 + count($1) } }
    lines.append("")
    lines.append(
      "共 \(rows.count) 个事项，本期 \(sum { $0.occurrences.count }) 次：截至 \(c.asOf) 应完成 \(sum(\.counted)) 次，"
        + "已完成 \(sum(\.done)) 次，逾期 \(sum(\.overdue)) 次，未到期 \(sum(\.open)) 次。")
    return lines
  }

  /// JSON: the unit, period and day, and each item with its occurrences: `due` is how many
  /// the period holds, `counted` those due by the day (or done early) as reports count them.
  static func json(_ c: Checklist) throws -> String {
    let sections: [[String: Any]] = c.sections.map { section in
      [
        "category": section.category.id, "title": section.category.title,
        "items": section.rows.map { row in
          [
            "id": row.item.id, "title": row.item.title, "kind": row.item.kind.rawValue,
            "owner": row.item.owner, "due": row.occurrences.count, "counted": row.counted,
            "done": row.done, "overdue": row.overdue, "open": row.open,
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
