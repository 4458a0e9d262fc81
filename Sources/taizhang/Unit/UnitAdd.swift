import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang unit add`.
  struct UnitAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add a unit.")

    @Argument(help: "The unit's id, e.g. hx-yizhong.") var id: String
    @Option(help: "The unit's name, e.g. 河西区第一中学.") var name: String
    @Option(help: "The unit type: school, hospital, community, bureau….") var type: String
    @Option(help: "The superior unit's id.") var parent: String?
    @Option(name: .customLong("attribute"), help: "An attribute key=value (repeatable).")
    var attributes: [String] = []
    @OptionGroup var types: UnitTypeOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        guard !id.isEmpty, !id.contains(where: \.isWhitespace) else {
          throw UsageError("单位编号 \"\(id)\" 不能为空或包含空白")
        }
        if let parent { _ = try ledger.unit(parent) }
        try types.check(type)
        let unit = OrgUnit(
          id: id, name: name, type: type, parentID: parent,
          attributes: try UnitText.attributes(attributes))
        try ledger.store.addUnit(unit, by: ledger.actor)
        if options.json { try options.printJSON(unit) } else { Console.out("已添加单位 \(id) \(name)") }
      }
    }
  }
}
