import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang doctor`: is the reminder job able to work, and has it been working?
  struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "doctor",
      abstract: "Check the config, database, plugins, holiday data, channels and the last remind run.",
      discussion: "Exit code 0 when all is well, 1 when something needs attention, 2 for a bad config.")

    @Option(help: "Judge as of this moment, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now).") var now: String?
    @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
    var pluginFolders: [String] = []
    @OptionGroup var site: ConfigOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let config = try site.load()
        let moment = try now.map { try RemindOptions.parseNow($0, in: config.timeZone) } ?? Date()
        let doctor = Doctor.check(
          config: config, databasePath: site.databasePath(options, config), now: moment,
          pluginFolders: pluginFolders)
        let marks: [Doctor.Finding.Level: String] = [.ok: "✓", .notice: "i", .warning: "!", .error: "✗"]
        for f in doctor.findings { Console.out("\(marks[f.level]!) \(f.message)") }
        if doctor.exitCode != 0 { throw ExitCode(doctor.exitCode) }
      }
    }
  }
}
