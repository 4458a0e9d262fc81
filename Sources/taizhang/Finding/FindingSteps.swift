import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang finding assign`.
  struct FindingAssign: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assign", abstract: "Set a finding's owner, measures or deadline (交办); what is not given stays.")

    @Argument(help: "The finding's number.") var id: String
    @Option(name: .customLong("owner-role"), help: "The responsible role.") var ownerRole: String?
    @Option(help: "The responsible person's id.") var owner: String?
    @Option(name: .customLong("cooperate"), help: "A cooperating role (repeatable; replaces the list).")
    var cooperate: [String] = []
    @Option(help: "The measures to take.") var measures: String?
    @Option(help: "The deadline: YYYY-MM-DD, or working days from the day found, e.g. 10wd.") var deadline: String?
    @Option(help: "A note for the history.") var note: String?
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        guard ownerRole != nil || owner != nil || !cooperate.isEmpty || measures != nil || deadline != nil else {
          throw UsageError("请至少给出 --owner、--owner-role、--cooperate、--measures 或 --deadline 之一")
        }
        let ledger = try options.ledger()
        let desk = try desk.desk()
        let f = try ledger.assignFinding(
          try FindingText.id(id), ownerRole: ownerRole, ownerPersonID: owner,
          cooperatingRoles: cooperate.isEmpty ? nil : cooperate.flatMap(Ledger.list), measures: measures,
          deadline: deadline, note: note, desk: desk)
        try FindingText.print(f, "已交办（整改时限 \(f.deadline)）", options, ledger, asOf: desk.today.description)
      }
    }
  }

  /// `taizhang finding rectify`.
  struct FindingRectify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rectify", abstract: "Report a finding rectified, with a note and evidence; it then waits for a check (待验收).")

    @Argument(help: "The finding's number.") var id: String
    @Option(help: "What was done (required).") var note: String
    @Option(help: "The day it was rectified, YYYY-MM-DD, not before it was found nor after today (default: today).")
    var on: String?
    @Option(help: "An evidence file, e.g. a photo after rectification (repeatable).") var evidence: [String] = []
    @Option(help: "The id of the person who did it (they may not verify it).") var by: String?
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let desk = try desk.desk()
        let f = try ledger.rectifyFinding(
          try FindingText.id(id), on: on, note: note, evidence: evidence, by: by, desk: desk)
        try FindingText.print(f, "已报整改完成（\(f.rectifiedOn ?? "")）", options, ledger, asOf: desk.today.description)
      }
    }
  }

  /// `taizhang finding verify`.
  struct FindingVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify", abstract: "Check a rectified finding and close it (验收销号).",
      discussion: "Only from 待验收; never by its owner nor by whoever reported it rectified; by a holder of the verifier role when the unit's plugin declares one.")

    @Argument(help: "The finding's number.") var id: String
    @Option(help: "The id of the person checking (required).") var by: String
    @Option(help: "The day of the check, YYYY-MM-DD (default: today).") var on: String?
    @Option(help: "A note.") var note: String?
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let desk = try desk.desk()
        let f = try ledger.checkFinding(try FindingText.id(id), by: by, on: on, note: note, returning: false, desk: desk)
        try FindingText.print(f, "已验收销号（\(f.closedOn ?? "")）", options, ledger, asOf: desk.today.description)
      }
    }
  }

  /// `taizhang finding reopen`.
  struct FindingReopen: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reopen", abstract: "Check a rectified finding and send it back (退回) to 整改中, with the reason.",
      discussion: "Only from 待验收; the same people may send it back as may verify it.",
      aliases: ["return"])

    @Argument(help: "The finding's number.") var id: String
    @Option(help: "The id of the person checking (required).") var by: String
    @Option(help: "Why it is sent back (required).") var reason: String
    @Option(help: "The day of the check, YYYY-MM-DD (default: today).") var on: String?
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let desk = try desk.desk()
        let f = try ledger.checkFinding(try FindingText.id(id), by: by, on: on, note: reason, returning: true, desk: desk)
        try FindingText.print(f, "已退回（第 \(f.returnCount) 次）", options, ledger, asOf: desk.today.description)
      }
    }
  }

  /// `taizhang finding supervise`.
  struct FindingSupervise: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "supervise", abstract: "Put a finding under supervision (挂牌督办), or lift it with --off (摘牌).")

    @Argument(help: "The finding's number.") var id: String
    @Flag(help: "Lift the supervision instead.") var off = false
    @Option(help: "A note, e.g. who supervises it.") var note: String?
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let desk = try desk.desk()
        let f = try ledger.superviseFinding(try FindingText.id(id), !off, note: note, desk: desk)
        try FindingText.print(f, off ? "已摘牌" : "已挂牌督办", options, ledger, asOf: desk.today.description)
      }
    }
  }
}
