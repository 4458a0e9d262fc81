import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang unit import`.
  struct UnitImport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Add or update units from a CSV file; one bad row refuses the whole file.",
      discussion: "Columns: id,name,type,parent,attributes,terms. See docs/administrators.md.")

    @Argument(help: "The CSV file (UTF-8, with or without a byte order mark).") var file: String
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let count = try options.ledger().importUnits(from: URL(fileURLWithPath: file))
        if options.json {
          try options.printJSON(["imported": count])
        } else {
          Console.out("已导入 \(count) 个单位")
        }
      }
    }
  }
}
