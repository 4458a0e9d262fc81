import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang backup PATH`.
  struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "backup",
      abstract: "Write a consistent snapshot of the ledger and its evidence into a new folder.",
      discussion: "Safe while other taizhang processes are writing.")

    @Argument(help: "The folder to create (it must not hold a backup already).") var path: String
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        try options.ledger().backup(to: path)
        Console.out("已备份到 \(path)")
      }
    }
  }
}
