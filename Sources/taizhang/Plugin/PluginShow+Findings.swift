import Host

/// The finding rules (`tz.finding_rules`) as `plugin show` prints them.
enum FindingRulesOutput {
  /// "10个工作日", "7天".
  static func span(_ span: DaySpan) -> String { "\(span.count)\(span.workdays ? "个工作日" : "天")" }

  /// The lines of the 整改规则 section; none when the plugin declares no rules.
  static func lines(_ plugin: LoadedPlugin) -> [String] {
    let titles = Dictionary(plugin.categories.map { ($0.id, $0.title) }) { a, _ in a }
    var out: [String] = []
    for rules in plugin.findingKinds {
      out.append("")
      let types = rules.unitTypes.isEmpty ? "" : "（\(rules.unitTypes.joined(separator: "、"))）"
      out.append("【整改规则\(types)】")
      var table = TextTable(headers: ["问题类别", "默认责任", "对应清单类别"])
      for category in rules.categories {
        table.append([
          category.name, category.owner ?? "—",
          category.checklist.map { titles[$0] ?? $0 }.joined(separator: "、"),
        ])
      }
      out += table.lines()
      out.append(
        "整改时限：" + rules.severities.map { "\($0.name) \(span($0.deadline))" }.joined(separator: "，"))
      out.append("验收销号：" + rules.verifiers.joined(separator: "、") + "（整改人本人不能销号）")
      if !rules.escalate.isEmpty {
        out.append(
          "逾期\(span(rules.escalateAfter))起依次告知：" + rules.escalate.joined(separator: " → ")
            + " → 上级单位")
      }
    }
    return out
  }

  /// The rules for `plugin show --json`.
  static func json(_ plugin: LoadedPlugin) -> [[String: Any]] {
    plugin.findingKinds.map { rules in
      [
        "unit_types": rules.unitTypes,
        "categories": rules.categories.map {
          ["name": $0.name, "owner": $0.owner ?? "", "checklist": $0.checklist] as [String: Any]
        },
        "severities": rules.severities.map {
          ["name": $0.name, "deadline_days": $0.deadline.count, "workdays": $0.deadline.workdays]
            as [String: Any]
        },
        "verifiers": rules.verifiers, "escalate": rules.escalate,
        "escalate_after_days": rules.escalateAfter.count,
        "escalate_after_workdays": rules.escalateAfter.workdays,
      ]
    }
  }
}
