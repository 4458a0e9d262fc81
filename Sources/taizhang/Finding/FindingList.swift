import ArgumentParser
import Host
import Scheduling
import Storage

extension Taizhang {
  /// `taizhang finding list`.
  struct FindingList: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List findings: of a unit (or its whole tree), by status, severity, owner, or overdue.")

    @Option(help: "Only this unit's findings.") var unit: String?
    @Flag(help: "With --unit: the unit and every unit below it.") var tree = false
    @Option(help: "Only this status: 待整改, 整改中, 待验收, 已销号 (repeatable), or 未销号 for all open.")
    var status: [String] = []
    @Option(help: "Only this severity (repeatable).") var severity: [String] = []
    @Flag(help: "Only those overdue (past the deadline and not rectified) as of --date.") var overdue = false
    @Option(help: "The day --overdue judges on, YYYY-MM-DD (default: today).") var date: String?
    @Option(help: "Only those this person owns (a person id).") var owner: String?
    @Option(help: "Only those this inspection found.") var inspection: Int64?
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        guard !tree || unit != nil else { throw UsageError("--tree 需要与 --unit 一起使用") }
        let ledger = try options.ledger()
        let desk = try desk.desk()
        let day = try desk.day(date, "--date", future: true)
        var query = FindingQuery()
        query.unitID = unit
        query.tree = tree
        query.statuses = try Self.statuses(status)
        query.severities = severity.isEmpty ? nil : Set(severity)
        query.overdueOn = overdue ? day : nil
        query.ownerPersonID = owner
        query.inspectionID = inspection
        let found = try ledger.findings(query)
        let people = try FindingText.names(ledger)
        if options.json {
          try options.printJSON(found.map { FindingText.View($0, asOf: day.description, people: people) })
        } else if found.isEmpty {
          Console.out("没有符合条件的问题")
        } else {
          options.printTable(FindingText.table(found, asOf: day.description, people: people))
          let closed = found.filter { $0.status == .closed }.count
          let late = found.filter { $0.isOverdue(on: day.description) }.count
          Console.out("共 \(found.count) 个问题，已销号 \(closed) 个，逾期 \(late) 个（截至 \(day)）")
        }
      }
    }

    /// The statuses named, or nil for all; an unknown name is a usage error.
    static func statuses(_ names: [String]) throws -> Set<FindingStatus>? {
      guard !names.isEmpty else { return nil }
      var result: Set<FindingStatus> = []
      for name in names.flatMap(Ledger.list) {
        if name == "未销号" || name == "open-all" {
          result.formUnion([.open, .rectifying, .awaitingCheck])
        } else if let status = FindingStatus(named: name) {
          result.insert(status)
        } else {
          throw UsageError(
            "状态 \"\(name)\" 不存在；可用：\(FindingStatus.allCases.map(\.title).joined(separator: "、"))、未销号")
        }
      }
      return result
    }
  }
}
