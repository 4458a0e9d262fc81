import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang role export`.
  struct RoleExport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Write all role assignments as CSV (what import reads).")

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        try CSVOutput.write(try options.ledger().exportRoles(), to: output)
      }
    }
  }
}
