import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang unit edit`.
  struct UnitEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "edit", abstract: "Change a unit's name, type or attributes.")

    @Argument(help: "The unit's id.") var id: String
    @Option(help: "A new name.") var name: String?
    @Option(help: "A new type.") var type: String?
    @Option(name: .customLong("attribute"), help: "Set an attribute key=value (repeatable).")
    var attributes: [String] = []
    @Option(name: .customLong("remove-attribute"), help: "Remove an attribute (repeatable).")
    var removed: [String] = []
    @OptionGroup var types: UnitTypeOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        var unit = try ledger.unit(id)
        if let name { unit.name = name }
        if let type, type != unit.type {
          try types.check(type)
          unit.type = type
        }
        for (k, v) in try UnitText.attributes(attributes) { unit.attributes[k] = v }
        for k in removed {
          guard unit.attributes.removeValue(forKey: k) != nil else {
            throw UsageError("单位 \"\(id)\" 没有属性 \"\(k)\"")
          }
        }
        try ledger.store.updateUnit(unit, by: ledger.actor)
        if options.json { try options.printJSON(unit) } else { Console.out("已修改单位 \(id)") }
      }
    }
  }
}
