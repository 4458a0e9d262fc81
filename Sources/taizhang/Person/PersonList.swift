import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang person list`.
  struct PersonList: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List people.")

    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let people = try options.ledger().store.people()
        if options.json {
          try options.printJSON(people)
        } else {
          options.printTable(PersonText.table(people))
        }
      }
    }
  }
}
