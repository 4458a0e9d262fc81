import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang person export`.
  struct PersonExport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Write all people as CSV (what import reads).")

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        try CSVOutput.write(try options.ledger().exportPeople(), to: output)
      }
    }
  }
}
