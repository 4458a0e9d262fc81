/// A unit's score under a `ScoreRule`: each item's share of achieved occurrences, weighted
/// by the item's weight times its category's, scaled to 100; a grade from the thresholds,
/// unless a veto item failed (an occurrence overdue or a metric off target), which means
/// the failing grade; and a star for each category whose completion reaches `starAt`.
public struct ScoreResult: Sendable, Equatable {
  /// The score, 0–100 (100 when nothing counted yet).
  public var score: Double
  /// The grade.
  public var grade: String
  /// Stars earned (0 when the rule gives none).
  public var stars: Int
  /// The veto items that failed, by id; empty when none.
  public var vetoedBy: [String]
}

/// Computes `ScoreResult`s.
public enum ScoreEvaluator {
  /// The result of `progress` under `rule`.
  public static func evaluate(_ progress: UnitProgress, rule: ScoreRule) -> ScoreResult {
    var weighted = 0.0, total = 0.0
    var byItem: [String: (item: ChecklistItem, counted: Int, achieved: Int)] = [:]
    var order: [String] = []
    for entry in progress.entries where entry.counted {
      if byItem[entry.item.id] == nil { order.append(entry.item.id) }
      var line = byItem[entry.item.id] ?? (entry.item, 0, 0)
      line.counted += 1
      if entry.achieved { line.achieved += 1 }
      byItem[entry.item.id] = line
    }
    var vetoed: [String] = []
    for id in order {
      let line = byItem[id]!
      let weight = line.item.weight * (rule.categoryWeights[line.item.category] ?? 1)
      weighted += weight * Double(line.achieved) / Double(line.counted)
      total += weight
      if line.achieved < line.counted && rule.isVeto(itemID: id, category: line.item.category) {
        vetoed.append(id)
      }
    }
    let score = total == 0 ? 100 : (weighted * 100 / total * 10).rounded() / 10
    let grade = vetoed.isEmpty ? (rule.grades.first { score >= $0.atLeast }?.name ?? rule.failing) : rule.failing
    return ScoreResult(score: score, grade: grade, stars: stars(progress, rule), vetoedBy: vetoed)
  }

  static func stars(_ progress: UnitProgress, _ rule: ScoreRule) -> Int {
    guard let starAt = rule.starAt else { return 0 }
    var byCategory: [String: (counted: Int, done: Int)] = [:]
    for entry in progress.entries {
      var line = byCategory[entry.item.category] ?? (0, 0)
      if entry.counted { line.counted += 1 }
      if entry.achieved { line.done += 1 }
      byCategory[entry.item.category] = line
    }
    return byCategory.values.filter { UnitProgress.rate($0.done, $0.counted) >= starAt - 1e-9 }.count
  }
}
