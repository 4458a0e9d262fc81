import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang checklist`: a unit's items for a period, with what is done and overdue.
  struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "checklist",
      abstract: "Show a unit's checklist for a period: each item, what is due, done and overdue.",
      discussion: "Items come from the plugin serving the unit's type, filtered by their applies rule.")

    @Option(help: "The unit's id.") var unit: String
    @Option(help: "The period: 2026-11, 2026-W47, 2026-Q4, 2026-H2, 2026-T2 or 2026 (default: this month).")
    var period: String?
    @Option(
      help:
        "Judge statuses as of this day, YYYY-MM-DD (default: today in Beijing, or the period's last day once the period is over)."
    )
    var today: String?
    @Flag(help: "Allow a --today after today, for a preview.") var allowFuture = false
    @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
    var pluginFolders: [String] = []
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let checklist = try ChecklistQuery(
          unitID: unit, period: period, today: today, allowFuture: allowFuture, pluginFolders: pluginFolders
        ).run(ledger: options.ledger())
        checklist.problems.forEach { Console.warning($0.description) }
        HolidayCoverage.warning(missingYears: checklist.missingHolidayYears).map(Console.warning)
        if options.json {
          Console.out(try ChecklistOutput.json(checklist))
        } else {
          ChecklistOutput.lines(checklist).forEach(Console.out)
        }
      }
    }
  }
}
