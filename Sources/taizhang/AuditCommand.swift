import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang audit`: who changed what, and when.
  struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "audit", abstract: "Show the audit trail: who changed what, and when.")

    @Option(help: "Only changes concerning this unit.") var unit: String?
    @Option(help: "Only changes on or after this day (YYYY-MM-DD, Asia/Shanghai).")
    var since: String?
    @OptionGroup var options: StoreOptions

    static let actions = [
      "add": "新增", "edit": "修改", "move": "移动", "remove": "删除", "import": "导入",
      "record": "登记", "undo": "撤销", "assign": "任命", "unassign": "解除", "restore": "恢复",
      "record-batch": "批量登记",
    ]

    func run() throws {
      try reportingErrors {
        let entries = try options.ledger().audit(unitID: unit, since: since)
        if options.json {
          try options.printJSON(entries)
          return
        }
        var table = TextTable(headers: ["时间", "操作人", "操作", "对象", "内容"])
        for e in entries {
          table.append([
            LedgerCalendar.minuteText(e.at), e.actor, Self.actions[e.action] ?? e.action,
            "\(e.entity) \(e.entityID)", AuditSummary.line(e),
          ])
        }
        options.printTable(table)
      }
    }
  }
}
