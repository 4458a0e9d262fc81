import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang calendar`: the working-day calendar, lunar dates and rule previews.
  struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "calendar",
      abstract: "Show working days, holidays, lunar dates and rule previews.",
      discussion: """
        Holidays and make-up workdays come from the calendar data plugin \
        (Plugins/calendar/holidays/YEAR.lua). Years without a file are judged by weekends \
        alone, and the output says so.
        """,
      subcommands: [Month.self, Day.self, Next.self, Export.self]
    )
  }
}

/// Options every calendar subcommand takes.
struct CalendarOptions: ParsableArguments {
  @Flag(help: "Print JSON instead of text.")
  var json = false

  @Option(help: "The plugins folder holding calendar/ (default: the shipped Plugins/).")
  var plugins: String?

  /// The queries over the loaded calendar.
  func queries() throws -> CalendarQueries { try CalendarQueries(plugins: plugins) }
}

/// Prints an encodable value as pretty, key-sorted JSON.
func printJSON<T: Encodable>(_ value: T) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  Console.out(String(decoding: try encoder.encode(value), as: UTF8.self))
}
