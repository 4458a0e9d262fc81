import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang person edit`.
  struct PersonEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "edit",
      abstract: "Change a person's name or contact addresses (an empty value removes one).")

    @Argument(help: "The person's id.") var id: String
    @Option(help: "A new name.") var name: String?
    @OptionGroup var contact: ContactOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        var person = try ledger.person(id)
        if let name { person.name = name }
        for (channel, address) in try contact.contacts() {
          person.contacts[channel] = address.isEmpty ? nil : address
        }
        try ledger.store.updatePerson(person, by: ledger.actor)
        if options.json { try options.printJSON(person) } else { Console.out("已修改人员 \(id)") }
      }
    }
  }
}
