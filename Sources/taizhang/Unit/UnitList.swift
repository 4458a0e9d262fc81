import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang unit list`.
  struct UnitList: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List units, or the children of one unit.")

    @Option(help: "Only the direct children of this unit.") var parent: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let units: [OrgUnit]
        if let parent {
          _ = try ledger.unit(parent)
          units = try ledger.store.children(of: parent)
        } else {
          units = try ledger.store.units()
        }
        if options.json {
          try options.printJSON(units)
        } else {
          options.printTable(UnitText.table(units))
        }
      }
    }
  }
}
