import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang record ITEM --unit U …` (also `record add`).
  struct RecordAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Record that an item was done (the default subcommand).")

    @Argument(help: "The item id from the unit's plugin, e.g. safety.building_check.") var item: String
    @Option(help: "The unit's id.") var unit: String
    @Option(
      help: "The period key the item's schedule has for the unit: 2026-11, 2026-W47, 2026-Q4, 2026-H2, 2026-T1, 2026 or a day 2026-11-23 (default: the item's occurrence holding the done-on day).")
    var period: String?
    @Option(help: "The day the work was done, YYYY-MM-DD, not after today (default: today in Beijing time).")
    var on: String?
    @Option(help: "A note.") var note: String?
    @Option(name: .customLong("value"), help: "A numeric value name=number (repeatable).")
    var values: [String] = []
    @Option(help: "An evidence file to keep with the record (repeatable).")
    var evidence: [String] = []
    @Option(help: "The id of the person who did it.") var by: String?
    @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
    var pluginFolders: [String] = []
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let work = try ledger.record(
          RecordRequest(
            itemID: item, unitID: unit, period: period, note: note, values: values,
            evidence: evidence, by: by, doneOn: on),
          catalog: PluginCatalog.load(try PluginSearchPath.checked(extra: pluginFolders)))
        let record = work.record
        if options.json {
          try options.printJSON(record)
          return
        }
        let files = record.evidence.isEmpty ? "" : "，证明材料 \(record.evidence.count) 份"
        let late = work.isLate ? "；补录：该期 \(work.due ?? "") 已到期" : ""
        Console.out(
          "已登记：\(unit) \(item) \(record.key.period)（完成于 \(record.doneOn)，记录 #\(record.id)\(files)\(late)）")
      }
    }
  }
}
