import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang finding import`.
  struct FindingImport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import", abstract: "Add the problems of a list (a superior's CSV); one bad row refuses the whole file.",
      discussion: """
        Header row (Chinese, or the English names in brackets): 单位编号 [unit], 问题描述 [description] \
        are required; 整改时限 [deadline] (empty: the severity's default), 类别 [category], 严重程度 [severity], \
        整改措施 [measures], \
        责任角色 [owner_role], 责任人 [owner] (a person id or a name), 配合角色 [cooperating_roles], \
        发现日期 [found_on], 发现人 [found_by], 检查编号 [inspection], 事项 [item] are optional. \
        A row already in the ledger (same unit, found-on day and description) is skipped. See docs/findings.md.
        """)

    @Argument(help: "The CSV file (UTF-8).") var file: String
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let result = try ledger.importFindings(from: URL(fileURLWithPath: file), desk: try desk.desk())
        if options.json {
          try options.printJSON(result)
        } else {
          let skipped = result.skipped > 0 ? "，跳过已登记的 \(result.skipped) 个" : ""
          Console.out("已导入 \(result.imported) 个问题\(skipped)")
        }
      }
    }
  }

  /// `taizhang finding export`.
  struct FindingExport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write the rectification table as CSV: 问题、整改措施、责任人（责任部门）、整改时限、完成情况, with unit and status.")

    @Option(help: "Only this unit's findings.") var unit: String?
    @Flag(help: "With --unit: the unit and every unit below it.") var tree = false
    @Option(help: "Only this status (repeatable), as finding list.") var status: [String] = []
    @Option(help: "Only those this inspection found.") var inspection: Int64?
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        guard !tree || unit != nil else { throw UsageError("--tree 需要与 --unit 一起使用") }
        let ledger = try options.ledger()
        let desk = try desk.desk()
        var query = FindingQuery()
        query.unitID = unit
        query.tree = tree
        query.statuses = try FindingList.statuses(status)
        query.inspectionID = inspection
        let found = try ledger.findings(query)
        if options.json {
          let people = try FindingText.names(ledger)
          try options.printJSON(found.map { FindingText.View($0, asOf: desk.today.description, people: people) })
          return
        }
        try CSVOutput.write(try ledger.exportFindings(found, asOf: desk.today), to: output)
      }
    }
  }
}
