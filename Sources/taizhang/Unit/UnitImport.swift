import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang unit import`.
  struct UnitImport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Add or update units from a CSV file; one bad row refuses the whole file.",
      discussion:
        "Columns: id,name,type,parent,attributes,terms. Each type must be served by a plugin on the search path unless --allow-unserved-type is given. See docs/administrators.md."
    )

    @Argument(help: "The CSV file (UTF-8, with or without a byte order mark).") var file: String
    @OptionGroup var types: UnitTypeOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let served = types.served()
        let count = try ledger.importUnits(
          from: URL(fileURLWithPath: file), served: types.allowUnserved ? nil : served)
        if types.allowUnserved { types.warnUnserved(try ledger.store.units().map(\.type), served: served) }
        if options.json {
          try options.printJSON(["imported": count])
        } else {
          Console.out("已导入 \(count) 个单位")
        }
      }
    }
  }
}
