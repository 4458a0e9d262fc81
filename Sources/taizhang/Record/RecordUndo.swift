import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang record undo ITEM --unit U [--period P]`.
  struct RecordUndo: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "undo",
      abstract: "Remove the latest record of an item; the audit trail keeps what it was.")

    @Argument(help: "The item id.") var item: String
    @Option(help: "The unit's id.") var unit: String
    @Option(help: "The period key (default: this month).") var period: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let record = try ledger.undoRecord(itemID: item, unitID: unit, period: period)
        if options.json {
          try options.printJSON(record)
          return
        }
        Console.out("已撤销：\(unit) \(item) \(record.key.period)（完成于 \(record.doneOn)，记录 #\(record.id)）")
      }
    }
  }
}
