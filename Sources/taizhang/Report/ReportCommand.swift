import ArgumentParser
import Foundation
import Host
import Rendering

extension Taizhang {
  /// `taizhang report …`: render a unit's report, list the reports, or render them all.
  struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract:
        "Render reports (monthly summaries, roll-ups) as Word, HTML, Markdown, CSV or JSON.",
      discussion:
        "Reports are declared by the plugins in reports/*.lua; `taizhang report list` shows them.",
      subcommands: [ReportRender.self, ReportList.self, ReportAll.self],
      defaultSubcommand: ReportRender.self)
  }
}

extension Format: ExpressibleByArgument {}

/// Options every report command shares.
struct ReportOptions: ParsableArguments {
  @Option(
    help:
      "Judge statuses as of this day and date the signature with it, YYYY-MM-DD (default: today, or the period's last day once the period is over)."
  )
  var date: String?
  @Flag(help: "Allow a --date after today, for a preview; such a report counts work not yet due as missed.")
  var allowFuture = false
  @Option(
    name: .customLong("plugins"),
    help: "A site plugin folder, searched after the shipped one (repeatable).")
  var pluginFolders: [String] = []
}
