import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang unit remove`.
  struct UnitRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "remove",
      abstract: "Remove a unit that has no children and no ledger records.")

    @Argument(help: "The unit's id.") var id: String
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        _ = try ledger.unit(id)
        try ledger.store.removeUnit(id, by: ledger.actor)
        Console.out("已删除单位 \(id)")
      }
    }
  }
}
