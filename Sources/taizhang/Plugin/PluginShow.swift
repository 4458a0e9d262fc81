import ArgumentParser
import Foundation
import Host

/// `taizhang plugin show`.
struct PluginShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one plugin: its manifest, categories, items, reminder and finding rules.")

  @Argument(help: "The plugin's id, e.g. school.") var id: String
  @Flag(help: "List the versions of its items the ledger has seen, each with the day it came in force.")
  var history = false
  @Option(help: "With --history: only this item, e.g. moral.flag_raising.") var item: String?
  @Option(help: ArgumentHelp("With --history: the ledger (default: $TAIZHANG_DB, else the user's).", valueName: "path"))
  var db: String?
  @OptionGroup var options: PluginOptions

  func run() throws {
    try reportingErrors {
      let catalog = try options.catalog()
      guard let plugin = catalog.plugin(id) else {
        throw UsageError("没有插件 \"\(id)\"；用 taizhang plugin list 查看已安装的插件")
      }
      if history {
        let ledger = try Ledger.open(path: DatabaseLocation.resolve(flag: db), create: false)
        try ItemHistoryOutput.show(plugin, item: item, catalog: catalog, store: ledger.store, json: options.json)
        return
      }
      if options.json {
        let items: [[String: Any]] = plugin.items.map {
          [
            "id": $0.id, "title": $0.title, "category": $0.category, "kind": $0.kind.rawValue,
            "every": $0.schedule.description, "owner": $0.owner, "escalate": $0.escalate,
            "evidence": $0.evidence, "applies": $0.applies != nil,
          ]
        }
        let object: [String: Any] = [
          "id": plugin.id, "name": plugin.manifest?.name ?? "", "version": plugin.manifest?.version ?? "",
          "folder": plugin.shownFolder, "extends": plugin.manifest?.extends ?? NSNull(),
          "categories": plugin.categories.map { ["id": $0.id, "title": $0.title, "order": $0.order] },
          "items": items, "problems": plugin.problems.map(\.description),
          "finding_rules": FindingRulesOutput.json(plugin),
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        Console.out(String(decoding: data, as: UTF8.self))
        return
      }
      let m = plugin.manifest
      Console.out("\(plugin.id) · \(m?.name ?? "?") \(m?.version ?? "") · \(plugin.shownFolder)")
      if let base = m?.extends { Console.out("基于插件 \(base)") }
      if let d = m?.description { Console.out(d) }
      for category in plugin.categories.sorted(by: { $0.order < $1.order }) {
        let items = plugin.items.filter { $0.category == category.id }
        guard !items.isEmpty else { continue }
        Console.out("")
        Console.out("【\(category.title)】")
        var table = TextTable(headers: ["编号", "事项", "类型", "频次", "负责", "适用"])
        for item in items {
          table.append([
            item.id, item.title, item.kind.rawValue, item.schedule.description, item.owner,
            item.applies == nil ? "全部" : "按条件",
          ])
        }
        table.lines().forEach(Console.out)
      }
      FindingRulesOutput.lines(plugin).forEach(Console.out)
      Console.out("")
      Console.out("共 \(plugin.items.count) 个事项、\(plugin.reminders.count) 条提醒规则。")
      plugin.problems.forEach { Console.raw($0.description) }
    }
  }
}
