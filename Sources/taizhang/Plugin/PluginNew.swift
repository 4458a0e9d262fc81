import ArgumentParser
import Foundation
import Host

/// `taizhang plugin new`.
struct PluginNew: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new", abstract: "Create a new plugin folder to start from.",
    discussion: "With --extends, the plugin builds on a shipped one: see docs/customising.md.")

  @Argument(help: "The plugin's id: lowercase letters, digits and _.") var id: String
  @Option(help: "The folder to create it in.") var folder = "."
  @Option(help: "The plugin it builds on, e.g. school.") var extends: String?

  func run() throws {
    try reportingErrors {
      let files = try PluginScaffold.create(id: id, in: URL(fileURLWithPath: folder), extends: extends)
      files.forEach { Console.out("\(folder)/\(id)/\($0)") }
      Console.out("检查：taizhang plugin check --plugins \(folder)")
    }
  }
}
