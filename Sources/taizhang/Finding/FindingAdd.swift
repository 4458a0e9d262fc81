import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang finding add`.
  struct FindingAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Record a problem found at a unit, with its owner, measures and deadline.",
      discussion: """
        The deadline is a day (--deadline 2026-10-12) or a number of working days from the day it was found \
        (--within 10wd, --deadline "5 个工作日"), counted on the holiday calendar (调休 included). \
        Without either, the severity's default time to rectify from the unit's plugin applies \
        (tz.finding_rules; 一般 10, 较重 5, 严重 2 working days when it declares none), and without \
        --owner-role the category's default owner role.
        """)

    @Option(help: "The unit's id.") var unit: String
    @Option(help: "What the problem is (问题描述).") var description: String
    @Option(help: "Its category, e.g. 安全管理.") var category: String = ""
    @Option(help: "How serious: 一般, 较重 or 严重 (or what the unit's plugin declares).") var severity: String?
    @Option(help: "The day it was found, YYYY-MM-DD (default: today).") var found: String?
    @Option(name: .customLong("found-by"), help: "Who found it.") var foundBy: String?
    @Option(help: "The inspection that found it (its number, see inspection list).") var inspection: Int64?
    @Option(help: "The checklist item it concerns.") var item: String?
    @Option(name: .customLong("owner-role"), help: "The responsible role (责任部门/岗位).") var ownerRole: String?
    @Option(help: "The responsible person's id (责任人).") var owner: String?
    @Option(name: .customLong("cooperate"), help: "A cooperating role (repeatable).") var cooperate: [String] = []
    @Option(help: "The measures to take (整改措施).") var measures: String?
    @Option(help: "The deadline: YYYY-MM-DD, or \"5 个工作日\", 10wd, \"30 天\".") var deadline: String?
    @Option(help: "The deadline as working days from the day found, e.g. 10wd.") var within: String?
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let due = deadline ?? within.map { $0.allSatisfy(\.isNumber) ? $0 + "wd" : $0 }
        guard deadline == nil || within == nil else { throw UsageError("--deadline 与 --within 只能给一个") }
        let ledger = try options.ledger()
        let desk = try desk.desk()
        var request = FindingRequest(unitID: unit, description: description, deadline: due)
        request.category = category
        request.severity = severity
        request.foundOn = found
        request.foundBy = foundBy
        request.inspectionID = inspection
        request.itemID = item
        request.ownerRole = ownerRole
        request.ownerPersonID = owner
        request.cooperatingRoles = cooperate.flatMap(Ledger.list)
        request.measures = measures
        let f = try ledger.addFinding(request, desk: desk)
        if options.json {
          try options.printJSON(FindingText.View(f, asOf: desk.today.description, people: try FindingText.names(ledger)))
        } else {
          Console.out("已登记问题 #\(f.id)：\(f.unitID)，发现于 \(f.foundOn)，整改时限 \(f.deadline)")
        }
      }
    }
  }
}
