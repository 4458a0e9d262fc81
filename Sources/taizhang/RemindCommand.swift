import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang remind`: the job cron runs every morning.
  struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "remind",
      abstract: "Send the reminders that fell due since the last run, once each, as one digest per person.",
      discussion: """
        Each run covers the days since each unit's last run (catching up after the machine \
        was off), writes the deliveries to the outbox, then sends them through the channels \
        of the site config (the console when none is configured). Prints one summary line; \
        details go to the log (remind.log beside the database, or `log` in the config).
        Exit codes: 0 all done; 1 work held for the next run: some deliveries failed (retried \
        later) or some units could not be served (a missing or broken plugin, a failed applies; \
        their days are caught up by the next good run); 2 usage or configuration error, \
        before anything is written. With --json, stdout holds one JSON document.
        """)

    @Option(help: "Act as of this moment, YYYY-MM-DD (08:00) or YYYY-MM-DDTHH:MM, in the config's time zone.")
    var now: String?
    @Option(help: "Only this unit.") var unit: String?
    @Option(help: "Only the units this plugin serves.") var plugin: String?
    @Option(help: "Only this channel (a [channels.NAME] of the config).") var channel: String?
    @Flag(help: "Show what would be sent; send nothing and change nothing.") var dryRun = false
    @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
    var pluginFolders: [String] = []
    @OptionGroup var site: ConfigOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors { try remind() }
    }

    /// Runs the job and reports it.
    func remind() throws {
        let config = try site.load()
        let ledger = try site.ledger(options, config)
        let moment = try now.map { try RemindOptions.parseNow($0, in: config.timeZone) } ?? Date()
        let job = RemindJob(config: config, ledger: ledger)
        // --json: standard output holds the document only; the console channel goes to stderr.
        let json = options.json
        let console: (String) -> Void = { line in json ? Console.raw(line) : Console.out(line) }
        let summary = try job.run(
          RemindOptions(
            now: moment, unit: unit, plugin: plugin, channel: channel, dryRun: dryRun,
            pluginFolders: pluginFolders),
          console: console)
        try report(summary, logPath: job.logPath)
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }

    /// The summary line (problems before it, on standard error), or with --json the document.
    func report(_ summary: RemindSummary, logPath: String) throws {
      if options.json {
        Console.out(try JSONOutput.text(summary))
        return
      }
      summary.problems.prefix(dryRun ? Int.max : 5).forEach(Console.warning)
      if !dryRun && summary.problems.count > 5 {
        Console.warning("…另有 \(summary.problems.count - 5) 个问题，见 \(logPath)")
      }
      Console.out(summary.line)
    }
  }
}
