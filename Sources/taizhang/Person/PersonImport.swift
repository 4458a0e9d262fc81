import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang person import`.
  struct PersonImport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Add or update people from a CSV file; one bad row refuses the whole file.",
      discussion: "Columns: id,name,email,phone,dingtalk,wecom. See docs/administrators.md.")

    @Argument(help: "The CSV file (UTF-8, with or without a byte order mark).") var file: String
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let count = try options.ledger().importPeople(from: URL(fileURLWithPath: file))
        if options.json {
          try options.printJSON(["imported": count])
        } else {
          Console.out("已导入 \(count) 名人员")
        }
      }
    }
  }
}
