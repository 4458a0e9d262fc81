import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang init`: creates the ledger database (or migrates an existing one).
  struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Create the ledger database, or bring an existing one up to date.")

    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger(create: true)
        if options.json {
          try options.printJSON(["database": ledger.path])
        } else {
          Console.out("台账数据库已就绪：\(ledger.path)")
        }
      }
    }
  }
}
