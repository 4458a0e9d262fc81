import ArgumentParser

extension Taizhang {
  /// `taizhang record …`: tick an item off in the ledger, or undo that.
  struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "record",
      abstract: "Record that an item was done for a unit, with note, values and evidence.",
      subcommands: [RecordAdd.self, RecordUndo.self, RecordImport.self],
      defaultSubcommand: RecordAdd.self)
  }
}
