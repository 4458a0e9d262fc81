import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang plugin`: what plugins are installed and whether they are sound.
  struct PluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "plugin",
      abstract: "List and check the plugins that define checklists and reminders.",
      subcommands: [PluginList.self, PluginShow.self, PluginCheck.self, PluginTest.self, PluginNew.self, PluginStubs.self],
      defaultSubcommand: PluginList.self
    )
  }
}

/// The options every plugin command shares.
struct PluginOptions: ParsableArguments {
  @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
  var folders: [String] = []

  @Flag(help: "Print JSON instead of text.")
  var json = false

  /// Loads every plugin on the search path, once every folder named is checked.
  func catalog() throws -> PluginCatalog {
    PluginCatalog.load(try PluginSearchPath.checked(extra: folders))
  }
}
