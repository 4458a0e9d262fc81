import ArgumentParser
import Foundation
import Host
import Storage

extension Taizhang {
  /// `taizhang inspection …`: self-checks, superiors' inspections, look-back reviews.
  struct InspectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "inspection",
      abstract: "Inspections of a unit (自查, 督查, 检查验收, 回头看): the problems they find are findings.",
      subcommands: [InspectionAdd.self, InspectionList.self, InspectionShow.self])
  }

  /// `taizhang inspection add`.
  struct InspectionAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Record an inspection; add its problems with finding add --inspection N.")

    @Option(help: "The unit inspected.") var unit: String
    @Option(help: "The kind: 自查, 督查, 检查验收, 回头看 or 上级检查 (any text is kept).") var kind: String
    @Option(help: "The day it took place, YYYY-MM-DD (default: today).") var date: String?
    @Option(name: .customLong("by"), help: "Who inspected: names or person ids, separated by commas (e.g. 张三,李四).")
    var inspectors: String = ""
    @Option(help: "The checklist or standard it was against.") var standard: String?
    @Option(help: "The score it gave, e.g. 92.") var score: Double?
    @Option(help: "A note.") var note: String?
    @Option(help: "An evidence file (minutes, score sheet; repeatable).") var evidence: [String] = []
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let desk = try desk.desk()
        guard !kind.trimmingCharacters(in: .whitespaces).isEmpty else { throw UsageError("--kind 不能为空") }
        let inspection = try ledger.addInspection(
          Inspection(
            unitID: unit, kind: kind, date: date ?? desk.today.description, inspectors: Ledger.list(inspectors),
            standard: standard, score: score, notes: note),
          evidence: evidence, desk: desk)
        if options.json {
          try options.printJSON(inspection)
        } else {
          Console.out("已登记检查 #\(inspection.id)：\(unit) \(inspection.kind) \(inspection.date)")
        }
      }
    }
  }

  /// `taizhang inspection list`.
  struct InspectionList: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List inspections, of one unit (or its whole tree) or all.")

    @Option(help: "Only this unit's inspections.") var unit: String?
    @Flag(help: "With --unit: the unit and every unit below it.") var tree = false
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        guard !tree || unit != nil else { throw UsageError("--tree 需要与 --unit 一起使用") }
        let ledger = try options.ledger()
        var unitIDs: [String]?
        if let unit {
          _ = try ledger.unit(unit)
          unitIDs = tree ? Ledger.subtree(of: unit, in: try ledger.store.units()) : [unit]
        }
        let found = try ledger.store.inspections(unitIDs: unitIDs)
        if options.json {
          try options.printJSON(found)
          return
        }
        guard !found.isEmpty else {
          Console.out("没有检查记录")
          return
        }
        let counts = Dictionary(grouping: try ledger.store.findings(FindingFilter(unitIDs: unitIDs)).compactMap(\.inspectionID)) { $0 }
        var table = TextTable(headers: ["编号", "单位", "类型", "日期", "检查人", "得分", "问题数"])
        for i in found {
          table.append([
            "#\(i.id)", i.unitID, i.kind, i.date, i.inspectors.joined(separator: "、"),
            i.score.map(InspectionShow.score) ?? "", String(counts[i.id]?.count ?? 0),
          ])
        }
        options.printTable(table)
      }
    }
  }

  /// `taizhang inspection show`.
  struct InspectionShow: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show one inspection and the problems it found.")

    @Argument(help: "The inspection's number.") var id: Int64
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    /// What `--json` prints.
    struct Detail: Encodable {
      var inspection: Inspection
      var findings: [FindingText.View]
    }

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let desk = try desk.desk()
        guard let inspection = try ledger.store.inspection(id) else {
          throw UsageError("检查 #\(id) 不存在（用 taizhang inspection list 查看）")
        }
        let findings = try ledger.store.findings(FindingFilter(inspectionID: id))
        let people = try FindingText.names(ledger)
        let day = desk.today.description
        if options.json {
          try options.printJSON(
            Detail(inspection: inspection, findings: findings.map { FindingText.View($0, asOf: day, people: people) }))
          return
        }
        var lines = [
          "检查 #\(inspection.id)：\(inspection.kind)", "单位：\(inspection.unitID)", "日期：\(inspection.date)",
          "检查人：\(inspection.inspectors.isEmpty ? "（未填）" : inspection.inspectors.joined(separator: "、"))",
        ]
        if let standard = inspection.standard { lines.append("依据：\(standard)") }
        if let score = inspection.score { lines.append("得分：\(Self.score(score))") }
        if let notes = inspection.notes { lines.append("说明：\(notes)") }
        for ref in inspection.evidence { lines.append("证明材料：\(ref.fileName)（\(ref.size) 字节）") }
        lines.append("发现问题：\(findings.count) 个")
        for line in lines { Console.out(line) }
        if !findings.isEmpty {
          Console.out("")
          options.printTable(FindingText.table(findings, asOf: day, people: people))
        }
      }
    }

    /// A score without a needless `.0`.
    static func score(_ value: Double) -> String {
      value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
  }
}
