import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang record import FILE.csv`.
  struct RecordImport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Record many items at once from a CSV file; one bad row refuses the whole file.",
      discussion:
        "Columns: unit,item,period[,note,values,by]; values as name=number;name=number. Evidence files are added one at a time with `taizhang record`."
    )

    @Argument(help: "The CSV file (UTF-8, with or without a byte order mark).") var file: String
    @Option(
      name: .customLong("plugins"),
      help: "A site plugin folder, searched after the shipped one (repeatable).")
    var pluginFolders: [String] = []
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let count = try options.ledger().importRecords(
          from: URL(fileURLWithPath: file),
          catalog: PluginCatalog.load(try PluginSearchPath.checked(extra: pluginFolders)))
        if options.json {
          try options.printJSON(["imported": count])
        } else {
          Console.out("已登记 \(count) 条记录")
        }
      }
    }
  }
}
