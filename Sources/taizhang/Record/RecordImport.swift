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
        "Columns: unit,item,period[,done_on,note,values,by]; values as name=number;name=number; done_on is the day the work was done (default today). A row the same as a record already in the ledger (unit, item, period, done_on and values) is skipped and counted, so importing a file twice records it once. Evidence files are added one at a time with `taizhang record`."
    )

    @Argument(help: "The CSV file (UTF-8, with or without a byte order mark).") var file: String
    @Flag(
      help:
        "The file is a past ledger kept at the time (paper or spreadsheet): each record counts as entered on its done_on day, so reports as of past days count it; done_on is required."
    )
    var historical = false
    @Option(
      name: .customLong("plugins"),
      help: "A site plugin folder, searched after the shipped one (repeatable).")
    var pluginFolders: [String] = []
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let result = try options.ledger().importRecords(
          from: URL(fileURLWithPath: file),
          catalog: PluginCatalog.load(try PluginSearchPath.checked(extra: pluginFolders)), historical: historical)
        if options.json {
          try options.printJSON(result)
        } else {
          let late = result.late > 0 ? "（其中补录 \(result.late) 条：登记时该期已到期）" : ""
          let skipped = result.skipped > 0 ? "；跳过 \(result.skipped) 行：与已有记录相同" : ""
          Console.out("已登记 \(result.imported) 条记录\(late)\(skipped)")
        }
      }
    }
  }
}
