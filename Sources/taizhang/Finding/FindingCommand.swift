import ArgumentParser
import Foundation
import Host
import Scheduling
import Storage

extension Taizhang {
  /// `taizhang finding …`: the rectification ledger (整改台账).
  struct FindingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "finding",
      abstract: "Problems found at a unit and their rectification (整改): add, assign, rectify, verify (销号), reopen (退回), supervise (挂牌督办).",
      discussion: "Statuses: 待整改 → 整改中 → 待验收 → 已销号; a check may send one back to 整改中. See docs/findings.md.",
      subcommands: [
        FindingAdd.self, FindingList.self, FindingShow.self, FindingAssign.self, FindingRectify.self,
        FindingVerify.self, FindingReopen.self, FindingSupervise.self, FindingImport.self, FindingExport.self,
      ])
  }
}

/// `--plugins` and `--today`: what a finding command judges with.
struct DeskOptions: ParsableArguments {
  @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
  var pluginFolders: [String] = []
  @Option(help: "Take this day, YYYY-MM-DD, as today (default: today in Beijing).")
  var today: String?

  /// The desk: the plugins on the search path and their calendar.
  func desk() throws -> FindingDesk {
    let day = try today.map { text in
      guard let day = CivilDate(text) else { throw UsageError("--today \"\(text)\" 应为 YYYY-MM-DD") }
      return day
    }
    return try FindingDesk(catalog: PluginCatalog.load(try PluginSearchPath.checked(extra: pluginFolders)), today: day)
  }
}

/// How findings are printed.
enum FindingText {
  /// What `--json` prints for a finding: its fields, the status in Chinese, and whether
  /// it is overdue as of the day judged.
  struct View: Encodable {
    var finding: Finding
    var statusTitle: String
    var overdue: Bool
    var owner: String

    init(_ f: Finding, asOf day: String, people: [String: String]) {
      finding = f
      statusTitle = f.status.title
      overdue = f.isOverdue(on: day)
      owner = Ledger.owner(of: f, people: people)
    }

    func encode(to encoder: any Encoder) throws {
      try finding.encode(to: encoder)
      var c = encoder.container(keyedBy: Key.self)
      try c.encode(statusTitle, forKey: .statusTitle)
      try c.encode(overdue, forKey: .overdue)
      try c.encode(owner, forKey: .owner)
    }

    enum Key: String, CodingKey { case statusTitle, overdue, owner }
  }

  /// The people's names by id.
  static func names(_ ledger: Ledger) throws -> [String: String] {
    Dictionary(try ledger.store.people().map { ($0.id, $0.name) }) { a, _ in a }
  }

  static func table(_ findings: [Finding], asOf day: String, people: [String: String]) -> TextTable {
    var table = TextTable(headers: ["编号", "单位", "问题", "严重程度", "责任人", "整改时限", "状态", "提示"])
    for f in findings {
      var marks: [String] = []
      if f.isOverdue(on: day) { marks.append("逾期") }
      if f.supervised { marks.append("督办") }
      table.append([
        "#\(f.id)", f.unitID, short(f.description), f.severity, Ledger.owner(of: f, people: people), f.deadline,
        f.status.title, marks.joined(separator: "、"),
      ])
    }
    return table
  }

  /// A long description cut to 30 characters for a table.
  static func short(_ text: String) -> String {
    text.count > 30 ? String(text.prefix(29)) + "…" : text
  }

  /// One line saying what a step did.
  static func done(_ what: String, _ f: Finding) -> String {
    "\(what)：问题 #\(f.id)（\(f.unitID)）当前为「\(f.status.title)」"
  }

  /// `--json` or the one line.
  static func print(_ f: Finding, _ what: String, _ options: StoreOptions, _ ledger: Ledger, asOf day: String) throws {
    if options.json {
      try options.printJSON(View(f, asOf: day, people: try names(ledger)))
    } else {
      Console.out(done(what, f))
    }
  }

  /// A finding id written `12` or `#12`.
  static func id(_ text: String) throws -> Int64 {
    guard let id = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text), id > 0 else {
      throw UsageError("问题编号 \"\(text)\" 应为数字，例如 12")
    }
    return id
  }
}
