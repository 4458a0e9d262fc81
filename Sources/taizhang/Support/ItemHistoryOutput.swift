import Foundation
import Host
import Scheduling
import Storage

/// How `taizhang plugin show ID --history` prints the checklists' history.
enum ItemHistoryOutput {
  static func show(_ plugin: LoadedPlugin, item: String?, catalog: PluginCatalog, store: any Store, json: Bool) throws {
    // Read only: what the ledger holds plus what it would record today.
    let history = try ItemHistory.load(store: store, catalog: catalog, day: AsOf.today(), persist: false)
    let types = (plugin.manifest?.unitTypes ?? []).filter { catalog.serving(unitType: $0) === plugin }
    let known = Set(types.flatMap { history.itemIDs(unitType: $0) })
    if let item, !known.contains(item) {
      throw UsageError("插件 \(plugin.id) 没有事项 \"\(item)\"，台账中也没有它的记录")
    }
    let ids = item.map { [$0] } ?? known.sorted()
    var rows: [[String: Any]] = []
    var table = TextTable(headers: ["单位类型", "事项", "起始日", "频次", "权重", "目标", "适用"])
    for type in types {
      for id in ids {
        for v in history.versions(of: id, unitType: type) {
          let d = v.definition
          let since = v.since?.description ?? "台账启用时"
          let target = d.target.map(targetText) ?? ""
          rows.append([
            "unit_type": type, "item": id, "since": v.since?.description ?? NSNull(), "removed": d.removed,
            "every": d.every, "weight": d.weight, "target": target, "applies": d.applies,
          ])
          table.append(
            d.removed
              ? [type, id, since, "（已删除）", "", "", ""]
              : [type, id, since, d.every, numberText(d.weight), target, d.applies ? "按条件" : "全部"])
        }
      }
    }
    if json {
      let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
      Console.out(String(decoding: data, as: UTF8.self))
      return
    }
    table.lines().forEach(Console.out)
    Console.out("")
    Console.out("起始日之前的期间按当时的定义判断；新增事项从起始日起才算应办。")
  }

  static func numberText(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }

  static func targetText(_ t: MetricTarget) -> String {
    var parts: [String] = []
    if let v = t.atLeast { parts.append("≥ \(numberText(v))") }
    if let v = t.atMost { parts.append("≤ \(numberText(v))") }
    if let v = t.equals { parts.append("= \(numberText(v))") }
    return parts.joined(separator: "，") + (t.unit ?? "")
  }
}
