import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang agenda`: what is overdue, due today and due soon.
  struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "agenda",
      abstract: "Show what is overdue, due today and due soon, for a unit, a person or a whole tree.",
      discussion:
        "Overdue work is looked for up to \(Agenda.lookBackDays) days back; --days reaches at most \(Agenda.maximumDays) days ahead.")

    @Option(help: "One unit's agenda.") var unit: String?
    @Option(help: "A person's agenda: the items of the roles they hold, in every unit.") var person: String?
    @Option(help: "A superior's agenda: this unit and every unit below it.") var tree: String?
    @Option(help: "How many days ahead count as due soon, 0 to \(Agenda.maximumDays).") var days = 7
    @Option(help: "Judge as of this day, YYYY-MM-DD (default: today in Beijing).") var today: String?
    @Flag(help: "Allow a --today after today, for a preview.") var allowFuture = false
    @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
    var pluginFolders: [String] = []
    @OptionGroup var options: StoreOptions

    func validate() throws {
      if [unit, person, tree].compactMap({ $0 }).count != 1 {
        throw ValidationError("Give exactly one of --unit, --person or --tree.")
      }
      if days < 0 || days > Agenda.maximumDays {
        throw ValidationError("--days 应在 0 到 \(Agenda.maximumDays) 之间（最多向后看一年），实为 \(days)。")
      }
    }

    func run() throws {
      try reportingErrors {
        let scope: AgendaQuery.Scope =
          if let unit { .unit(unit) } else if let person { .person(person) } else { .tree(tree ?? "") }
        let agenda = try AgendaQuery(
          scope: scope, days: days, today: today, allowFuture: allowFuture, pluginFolders: pluginFolders)
          .run(ledger: options.ledger())
        agenda.problems.forEach(Console.warning)
        HolidayCoverage.warning(missingYears: agenda.missingHolidayYears).map(Console.warning)
        if options.json {
          Console.out(try AgendaOutput.json(agenda))
        } else {
          AgendaOutput.lines(agenda).forEach(Console.out)
        }
      }
    }
  }
}
