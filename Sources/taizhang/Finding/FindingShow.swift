import ArgumentParser
import Foundation
import Host
import Storage

extension Taizhang {
  /// `taizhang finding show`.
  struct FindingShow: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show one finding with its rectification, evidence and history.")

    @Argument(help: "The finding's number, e.g. 12.") var id: String
    @OptionGroup var desk: DeskOptions
    @OptionGroup var options: StoreOptions

    /// What `--json` prints.
    struct Detail: Encodable {
      var finding: FindingText.View
      var events: [FindingEvent]
      var inspection: Inspection?
    }

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let desk = try desk.desk()
        let f = try ledger.finding(try FindingText.id(id))
        let events = try ledger.store.findingEvents(findingID: f.id)
        let inspection = try f.inspectionID.flatMap { try ledger.store.inspection($0) }
        let people = try FindingText.names(ledger)
        let day = desk.today.description
        if options.json {
          try options.printJSON(Detail(finding: FindingText.View(f, asOf: day, people: people), events: events, inspection: inspection))
          return
        }
        var lines = [
          "问题 #\(f.id)：\(f.description)", "单位：\(f.unitID)",
          "类别：\(f.category.isEmpty ? "（无）" : f.category)　严重程度：\(f.severity)",
          "发现：\(f.foundOn)\(f.foundBy.map { "，\($0)" } ?? "")",
        ]
        if let inspection {
          lines.append("检查：#\(inspection.id) \(inspection.kind) \(inspection.date)（\(inspection.unitID)）")
        }
        if let item = f.itemID { lines.append("事项：\(item)") }
        lines += [
          "责任人：\(Ledger.owner(of: f, people: people).isEmpty ? "（未指定）" : Ledger.owner(of: f, people: people))",
          "整改措施：\(f.measures ?? "（未填）")", "整改时限：\(f.deadline)",
          "状态：\(f.status.title)\(f.supervised ? "（挂牌督办）" : "")",
          "完成情况：\(Ledger.progress(of: f, asOf: day))",
        ]
        for ref in f.rectificationEvidence { lines.append("证明材料：\(ref.fileName)（\(ref.size) 字节）") }
        for line in lines { Console.out(line) }
        Console.out("")
        var table = TextTable(headers: ["日期", "经过", "办理人", "状态", "说明"])
        for e in events {
          table.append([e.on, e.action.title, people[e.actor].map { "\($0)（\(e.actor)）" } ?? e.actor, e.status.title, e.note ?? ""])
        }
        options.printTable(table)
      }
    }
  }
}
