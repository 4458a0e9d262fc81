import ArgumentParser
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
    ]
  )
}
