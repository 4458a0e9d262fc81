import ArgumentParser
import Foundation
import Host

/// The root command: it only lists the subcommands.
@main
struct Taizhang: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "taizhang",
    abstract: "台账 taizhang: checklists, reminders and reports for Chinese public units, driven by Lua plugins.",
    version: taizhangVersion,
    subcommands: [
      LuaCommand.self,
      InitCommand.self,
      UnitCommand.self,
      PersonCommand.self,
      RoleCommand.self,
      RecordCommand.self,
      AuditCommand.self,
      BackupCommand.self,
      RestoreCommand.self,
    ]
  )
}

extension Taizhang {
  /// Runs the CLI; bad usage (unknown flags, missing arguments) exits 2, as the other
  /// usage errors do, instead of the parser's default 64.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
