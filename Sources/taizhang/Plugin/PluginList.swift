import ArgumentParser
import Foundation
import Host

/// `taizhang plugin list`.
struct PluginList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the plugins found, what they serve, and whether they load.")

  @OptionGroup var options: PluginOptions

  func run() throws {
    try reportingErrors {
      let catalog = try options.catalog()
      if options.json {
        let rows: [[String: Any]] = catalog.plugins.map { p in
          [
            "id": p.id, "name": p.manifest?.name ?? "", "version": p.manifest?.version ?? "",
            "kind": p.manifest?.kind ?? "", "unit_types": p.manifest?.unitTypes ?? [],
            "folder": p.shownFolder, "items": p.items.count, "categories": p.categories.count,
            "problems": p.problems.count,
          ]
        }
        let overrides = catalog.overrides.map { ["id": $0.id, "replaced": $0.replaced, "by": $0.by] }
        let path: [[String: Any]] = catalog.searchPath.entries.map {
          ["folder": $0.url.path, "source": $0.source.description, "single_plugin": $0.isPlugin]
        }
        let data = try JSONSerialization.data(
          withJSONObject: ["plugins": rows, "overrides": overrides, "search_path": path],
          options: [.prettyPrinted, .sortedKeys])
        Console.out(String(decoding: data, as: UTF8.self))
        return
      }
      var table = TextTable(headers: ["插件", "名称", "版本", "适用单位", "事项", "状态", "位置"])
      for p in catalog.plugins {
        let state = p.isUsable ? "正常" : "有 \(p.problems.count) 个问题"
        table.append([
          p.id, p.manifest?.name ?? "?", p.manifest?.version ?? "?",
          p.manifest?.kind == "data" ? "（数据）" : (p.manifest?.unitTypes.joined(separator: ",") ?? ""),
          String(p.items.count), state, p.shownFolder,
        ])
      }
      table.lines().forEach(Console.out)
      for o in catalog.overrides { Console.out("\(o.by) 覆盖了 \(o.replaced)（插件 \(o.id)）") }
      for entry in catalog.searchPath.entries where entry.isPlugin {
        Console.out("\(entry.url.path) 本身是插件目录（来自\(entry.source)），按单个插件 \(entry.url.lastPathComponent) 使用")
      }
      if !catalog.problems.isEmpty { Console.out("运行 taizhang plugin check 查看问题详情。") }
    }
  }
}
