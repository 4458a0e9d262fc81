import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang doctor`: is the reminder job able to work, and has it been working?
  struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "doctor",
      abstract: "Check the binary, files, config, database, plugins, holiday data, channels and the last remind run.",
      discussion: """
        Each line is ✓ (fine), i (worth knowing), ! (needs attention) or ✗ (broken); \
        docs/operations.md says what each means and what to do. With --json, one JSON \
        document: paths, findings and exit_code. Exit code 0 when all is well, 1 when \
        something needs attention, 2 for a bad config.
        """)

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
        if options.json {
          try options.printJSON(doctor)
        } else {
          for f in doctor.findings { Console.out("\(Self.mark(f.level)) \(f.message)") }
        }
        if doctor.exitCode != 0 { throw ExitCode(doctor.exitCode) }
      }
    }

    /// ✓, i, ! or ✗; coloured (✗ red, ! yellow) on a terminal unless NO_COLOR is set.
    static func mark(_ level: Doctor.Finding.Level) -> String {
      let (mark, colour): (String, String?) =
        switch level {
        case .ok: ("✓", nil)
        case .notice: ("i", nil)
        case .warning: ("!", "33")
        case .error: ("✗", "31")
        }
      let plain = isatty(STDOUT_FILENO) == 0 || ProcessInfo.processInfo.environment["NO_COLOR"] != nil
      guard let colour, !plain else { return mark }
      return "\u{1B}[\(colour)m\(mark)\u{1B}[0m"
    }
  }
}
