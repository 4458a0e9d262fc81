import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang agenda`: what is overdue, due today and due soon.
  struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "agenda",
      abstract: "Show what is overdue, due today and due soon, for a unit, a person or a whole tree.",
      discussion: "Overdue work is looked for up to \(Agenda.lookBackDays) days back.")

    @Option(help: "One unit's agenda.") var unit: String?
    @Option(help: "A person's agenda: the items of the roles they hold, in every unit.") var person: String?
    @Option(help: "A superior's agenda: this unit and every unit below it.") var tree: String?
    @Option(help: "How many days ahead count as due soon.") var days = 7
    @Option(help: "Judge as of this day, YYYY-MM-DD (default: today in Beijing).") var today: String?
    @Flag(help: "Allow a --today after today, for a preview.") var allowFuture = false
    @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
    var pluginFolders: [String] = []
    @OptionGroup var options: StoreOptions

    func validate() throws {
      if [unit, person, tree].compactMap({ $0 }).count != 1 {
        throw ValidationError("Give exactly one of --unit, --person or --tree.")
      }
      if days < 0 { throw ValidationError("--days must not be negative.") }
    }

    func run() throws {
      try reportingErrors {
        let scope: AgendaQuery.Scope =
          if let unit { .unit(unit) } else if let person { .person(person) } else { .tree(tree ?? "") }
        let agenda = try AgendaQuery(
          scope: scope, days: days, today: today, allowFuture: allowFuture, pluginFolders: pluginFolders)
          .run(ledger: options.ledger())
        agenda.problems.forEach(Console.warning)
        if options.json {
          Console.out(try AgendaOutput.json(agenda))
        } else {
          AgendaOutput.lines(agenda).forEach(Console.out)
        }
      }
    }
  }
}
