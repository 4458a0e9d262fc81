/// Checks that a plugin's declarations fit together: unique ids, declared categories and
/// phases, roles from the manifest's vocabulary, reminders that name existing items, and
/// finding rules that name known roles, checklist categories and unit types.
struct PluginConsistency {
  let manifest: PluginManifest
  let collector: DeclarationCollector

  func problems() -> [PluginProblem] {
    var problems: [PluginProblem] = []
    func add(_ position: SourcePosition?, _ message: String) {
      problems.append(PluginProblem(plugin: manifest.id, file: position?.file, line: position?.line, message: message))
    }
    let categories = Set(collector.categories.map(\.id))
    let phases = Set(collector.phases.map(\.id))
    var seen: Set<String> = []
    for item in collector.items {
      let label = "item \"\(item.id)\""
      if !seen.insert(item.id).inserted { add(item.position, "\(label) is declared twice") }
      if !Self.isItemID(item.id) {
        add(item.position, "\(label): ids read category.name in lowercase ascii (e.g. safety.fire_drill)")
      }
      if !categories.contains(item.category) {
        add(item.position, "\(label): category \"\(item.category)\" is not declared (tz.category{…})")
      } else if !item.id.hasPrefix(item.category + ".") {
        add(item.position, "\(label): the id should start with its category \"\(item.category).\"")
      }
      if let phase = item.phase, !phases.contains(phase) {
        add(item.position, "\(label): phase \"\(phase)\" is not declared (tz.phase{…})")
      }
      for role in [item.owner] + item.cooperate + item.escalate where manifest.roles[role] == nil {
        add(item.position, "\(label): role \"\(role)\" is not in plugin.lua's roles")
      }
    }
    let ids = Set(collector.items.map(\.id))
    for rule in collector.reminders {
      switch rule.items {
      case .all: break
      case .category(let category) where !categories.contains(category):
        add(nil, "reminder \"\(rule.id)\": category \"\(category)\" is not declared")
      case .items(let list):
        for id in list where !ids.contains(id) { add(nil, "reminder \"\(rule.id)\": no item \"\(id)\"") }
      default: break
      }
    }
    return problems + findingRuleProblems()
  }

  /// `category.name`: two parts of lowercase ascii letters, digits and `_`, the first
  /// starting with a letter. (Plain code: a Swift regex literal is parsed at run time.)
  static func isItemID(_ id: String) -> Bool {
    let parts = id.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let first = parts[0].first, ("a"..."z").contains(first) else { return false }
    return parts.allSatisfy { part in
      !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
  }
}
