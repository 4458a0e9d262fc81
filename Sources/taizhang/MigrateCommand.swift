import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang migrate [--dry-run]`: schema upgrades on SQLite or PostgreSQL.
  struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "migrate",
      abstract: "List and apply the pending schema migrations of the ledger database.",
      discussion: """
        Other commands also migrate on open; run this first when several hosts share one \
        PostgreSQL database, so the upgrade happens once, at a time you choose.
        """)

    @Flag(name: .long, help: "Only list the pending migrations; change nothing.")
    var dryRun = false
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let location = options.path
        let store = try LedgerDatabase.open(
          location, create: !dryRun || LedgerDatabase.isPostgres(location), migrate: false)
        let pending = try store.pendingMigrations()
        let applied = dryRun ? [] : try store.migrate()
        let total = try store.appliedMigrations().count
        if options.json {
          try options.printJSON(
            MigrationReport(pending: pending, applied: applied, dryRun: dryRun))
          return
        }
        if pending.isEmpty {
          Console.out("数据库结构已是最新（共 \(total) 个迁移）")
        } else if dryRun {
          Console.out("待执行的迁移（\(pending.count) 个）：")
          for name in pending { Console.out("  \(name)") }
        } else {
          Console.out("已执行 \(applied.count) 个迁移：")
          for name in applied { Console.out("  \(name)") }
        }
      }
    }
  }
}

/// The JSON shape of `taizhang migrate --json`.
struct MigrationReport: Encodable {
  let pending: [String]
  let applied: [String]
  let dryRun: Bool
}
