import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang unit move`.
  struct UnitMove: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "move", abstract: "Move a unit under another superior unit.")

    @Argument(help: "The unit's id.") var id: String
    @Option(help: "The new superior unit's id.") var parent: String?
    @Flag(help: "Make the unit a root (no superior).") var root = false
    @OptionGroup var options: StoreOptions

    func validate() throws {
      guard (parent != nil) != root else {
        throw ValidationError("Give exactly one of --parent or --root.")
      }
    }

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        try ledger.moveUnit(id, under: parent)
        Console.out("已将单位 \(id) 移到 \(parent ?? "顶层")")
      }
    }
  }
}
