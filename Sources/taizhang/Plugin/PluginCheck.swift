import ArgumentParser
import Foundation
import Host
import Storage

/// `taizhang plugin check`.
struct PluginCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Load every plugin, run each item's applies, and list every problem at once.",
    discussion: """
      Each applies runs on the ledger's units of its types when a ledger is named (--db, \
      TAIZHANG_DB or the config's database), else on representative units of those types. \
      Exit status: 0 when all plugins load and every applies answers, 2 when any has a problem \
      or a plugin folder named is wrong.
      """
  )

  @OptionGroup var options: PluginOptions

  @Option(
    name: .long,
    help: ArgumentHelp("The ledger whose units the applies functions are run on (default: $TAIZHANG_DB).", valueName: "path"))
  var db: String?

  func run() throws {
    try reportingErrors {
      let catalog = try options.catalog()
      let problems = catalog.problems + (try AppliesCheck.problems(in: catalog, ledger: try ledger()))
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

  /// The ledger named by `--db` or $TAIZHANG_DB (set from the config's `database`); nil
  /// when none is named.
  func ledger() throws -> (any Store)? {
    let env = ProcessInfo.processInfo.environment["TAIZHANG_DB"] ?? ""
    guard db != nil || !env.isEmpty else { return nil }
    let path = DatabaseLocation.resolve(flag: db)
    // A default from the environment or the config that is not there yet: no ledger.
    if db == nil && !LedgerDatabase.isPostgres(path) && !FileManager.default.fileExists(atPath: path) { return nil }
    return try Ledger.open(path: path).store
  }
}
