import ArgumentParser
import Foundation
import Host

/// `taizhang plugin check`.
struct PluginCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Load every plugin and list every problem at once.",
    discussion: "Exit status: 0 when all plugins load cleanly, 2 when any has a problem."
  )

  @OptionGroup var options: PluginOptions

  func run() throws {
    let catalog = options.catalog()
    let problems = catalog.problems
    if options.json {
      let rows: [[String: Any]] = problems.map {
        ["plugin": $0.plugin, "file": $0.file ?? NSNull(), "line": $0.line ?? NSNull(), "message": $0.message]
      }
      let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
      Console.out(String(decoding: data, as: UTF8.self))
    } else {
      problems.forEach { Console.raw($0.description) }
      let items = catalog.plugins.reduce(0) { $0 + $1.items.count }
      Console.out(problems.isEmpty
        ? "\(catalog.plugins.count) 个插件、\(items) 个事项，检查通过。"
        : "\(catalog.plugins.count) 个插件中发现 \(problems.count) 个问题。")
    }
    if !problems.isEmpty { throw ExitCode(2) }
  }
}
