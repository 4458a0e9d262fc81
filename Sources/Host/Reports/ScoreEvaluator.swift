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
    var vetoed: [String] = []
    for line in progress.items where line.counted > 0 {
      let weight = line.item.weight * (rule.categoryWeights[line.item.category] ?? 1)
      weighted += weight * Double(line.achieved) / Double(line.counted)
      total += weight
      if line.achieved < line.counted
        && rule.isVeto(itemID: line.item.id, category: line.item.category)
      {
        vetoed.append(line.item.id)
      }
    }
    let score = total == 0 ? 100 : (weighted * 100 / total * 10).rounded() / 10
    let grade =
      vetoed.isEmpty
      ? (rule.grades.first { score >= $0.atLeast }?.name ?? rule.failing) : rule.failing
    return ScoreResult(score: score, grade: grade, stars: stars(progress, rule), vetoedBy: vetoed)
  }

  static func stars(_ progress: UnitProgress, _ rule: ScoreRule) -> Int {
    guard let starAt = rule.starAt else { return 0 }
    var order: [String] = []
    var byCategory: [String: (counted: Int, achieved: Int)] = [:]
    for line in progress.items {
      if byCategory[line.item.category] == nil { order.append(line.item.category) }
      var sum = byCategory[line.item.category] ?? (0, 0)
      sum.counted += line.counted
      sum.achieved += line.achieved
      byCategory[line.item.category] = sum
    }
    return order.filter {
      let sum = byCategory[$0]!
      return UnitProgress.rate(sum.achieved, sum.counted) >= starAt - 1e-9
    }.count
  }
}
