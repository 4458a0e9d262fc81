import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang restore PATH`.
  struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "restore",
      abstract: "Replace the ledger with a backup folder's contents, after checking them.",
      discussion: "Stop cron jobs first; the restore itself is recorded in the audit trail.")

    @Argument(help: "A folder written by taizhang backup.") var path: String
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        try options.ledger(create: true).restore(from: path)
        Console.out("已从 \(path) 恢复")
      }
    }
  }
}
