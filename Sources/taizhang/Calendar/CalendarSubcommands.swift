import ArgumentParser
import Host

extension Taizhang.CalendarCommand {
  /// `taizhang calendar month YYYY-MM`.
  struct Month: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "month",
      abstract: "Show a month grid marking holidays (休), make-up workdays (班) and lunar dates.")

    @Argument(help: "The month, as YYYY-MM.")
    var month: String

    @OptionGroup var options: CalendarOptions

    func run() throws {
      try reportingErrors {
        let grid = try options.queries().month(month)
        if options.json { try printJSON(grid.days) } else { grid.lines.forEach(Console.out) }
      }
    }
  }

  /// `taizhang calendar day DATE`.
  struct Day: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "day",
      abstract: "Say whether a date is a workday and why, with its lunar date and festivals.")

    @Argument(help: "The date, as YYYY-MM-DD, or today.")
    var date: String

    @OptionGroup var options: CalendarOptions

    func run() throws {
      try reportingErrors {
        let report = try options.queries().day(date)
        if options.json { try printJSON(report) } else { report.lines.forEach(Console.out) }
      }
    }
  }

  /// `taizhang calendar next RULE`.
  struct Next: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "next",
      abstract: "Preview the next occurrences of a recurrence rule.",
      discussion: """
        RULE is the compact rule text plugins use, for example "monthly on last workday", \
        "weekly on thu", "yearly on lunar 09-09" or "termly at week 2" (term rules need \
        --term). See docs/calendar.md for the full language.
        """)

    @Argument(help: "The rule, in its compact text form.")
    var rule: String

    @Option(help: "The first date to consider, as YYYY-MM-DD (default: today in Beijing).")
    var from: String?

    @Option(help: "How many occurrences to list.")
    var count = 10

    @Option(help: "A school term as START..END (repeatable), for term rules.")
    var term: [String] = []

    @OptionGroup var options: CalendarOptions

    func validate() throws {
      if count < 1 || count > 1000 { throw ValidationError("--count must be between 1 and 1000.") }
    }

    func run() throws {
      try reportingErrors {
        let preview = try options.queries().next(rule: rule, from: from, count: count, terms: term)
        if options.json { try printJSON(preview) } else { preview.lines.forEach(Console.out) }
      }
    }
  }
}

extension Taizhang.CalendarCommand {
  /// `taizhang calendar export --unit U [--person P] [--days N] [-o FILE]`.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write a unit's (or a person's) upcoming open occurrences as an iCalendar (.ics) file.")

    @Option(help: "The unit.") var unit: String
    @Option(help: "Only the items of the roles this person holds in the unit.") var person: String?
    @Option(help: "How many days ahead.") var days = 30
    @Option(help: "The first day, YYYY-MM-DD (default: today in Beijing).") var today: String?
    @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?
    @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
    var pluginFolders: [String] = []
    @OptionGroup var options: StoreOptions

    func validate() throws {
      if days < 1 || days > 731 { throw ValidationError("--days must be between 1 and 731.") }
    }

    func run() throws {
      try reportingErrors {
        let export = ICalendarExport(unitID: unit, personID: person, days: days, today: today, pluginFolders: pluginFolders)
        let (text, events) = try export.render(ledger: options.ledger())
        try CSVOutput.write(text, to: output)
        if output != nil { Console.out("已写入 \(events) 个日程到 \(output!)") }
      }
    }
  }
}
