import ArgumentParser
import Host

/// Flags shared by every ledger command: where the database is and how to print.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The database: a SQLite file or a postgres:// URL (default: $TAIZHANG_DB, else the config's database, else /var/lib/taizhang/taizhang.sqlite in a system install, else $XDG_DATA_HOME/taizhang/taizhang.sqlite).",
      valueName: "path"))
  var db: String?

  @Flag(name: .long, help: "Print JSON instead of text.")
  var json = false

  /// The resolved database path.
  var path: String { DatabaseLocation.resolve(flag: db) }

  /// Opens the ledger; a missing database is an error unless `create` is set.
  func ledger(create: Bool = false) throws -> Ledger {
    try Ledger.open(path: path, create: create)
  }

  /// Prints `value` as JSON.
  func printJSON<T: Encodable>(_ value: T) throws {
    Console.out(try JSONOutput.text(value))
  }

  /// Prints a table.
  func printTable(_ table: TextTable) {
    for line in table.lines() { Console.out(line) }
  }
}
