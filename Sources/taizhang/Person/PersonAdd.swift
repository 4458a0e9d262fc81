import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang person add`.
  struct PersonAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add a person.")

    @Argument(help: "The person's id, e.g. zhang-wei.") var id: String
    @Option(help: "The person's name, e.g. 张伟.") var name: String
    @OptionGroup var contact: ContactOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        guard !id.isEmpty, !id.contains(where: \.isWhitespace) else {
          throw UsageError("人员编号 \"\(id)\" 不能为空或包含空白")
        }
        let ledger = try options.ledger()
        let person = Person(
          id: id, name: name, contacts: try contact.contacts().filter { !$0.value.isEmpty })
        try ledger.store.addPerson(person, by: ledger.actor)
        if options.json {
          try options.printJSON(person)
        } else {
          Console.out("已添加人员 \(id) \(name)")
        }
      }
    }
  }
}
