import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang unit export`.
  struct UnitExport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Write all units as CSV (what import reads).")

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        try CSVOutput.write(try options.ledger().exportUnits(), to: output)
      }
    }
  }
}
