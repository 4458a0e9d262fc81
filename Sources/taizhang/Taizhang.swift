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
      CalendarCommand.self,
      PluginCommand.self,
      ChecklistCommand.self,
      AgendaCommand.self,
      ReportCommand.self,
      RemindCommand.self,
      DoctorCommand.self,
      InitCommand.self,
      UnitCommand.self,
      PersonCommand.self,
      RoleCommand.self,
      RecordCommand.self,
      InspectionCommand.self,
      FindingCommand.self,
      AuditCommand.self,
      BackupCommand.self,
      RestoreCommand.self,
      MigrateCommand.self,
      ExportCommand.self,
      ImportCommand.self,
    ]
  )

  /// Parses and runs a command. Usage errors exit with 2 (not ArgumentParser's 64), help
  /// and version with 0, and no Swift error ever reaches the user unformatted. The site
  /// config's settings fill in what flags and environment leave open (`SiteDefaults`).
  static func main() {
    do {
      var command = try parseAsRoot()
      try SiteDefaults.apply()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
        Foundation.exit(0)
      }
      if !message.isEmpty { Console.raw(message) }
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}

