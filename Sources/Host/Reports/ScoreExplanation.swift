/// Why a score is what it is (评分说明): the points each item lost and the veto items that
/// failed, by title, so a report never shows a grade without its reasons.
struct ScoreExplanation {
  /// One item's lost points.
  struct Deduction {
    let itemID: String
    let title: String
    /// The item's weight times its category's.
    let weight: Double
    let achieved: Int
    let counted: Int
    /// Points lost out of 100.
    let points: Double
  }

  /// The sum of the weights of items counted.
  let totalWeight: Double
  /// Items that lost points, most first.
  let deductions: [Deduction]
  /// The titles of the veto items that failed.
  let vetoedTitles: [String]
}

extension ScoreEvaluator {
  /// The points each item lost under `rule`, and the failed veto items by title; the
  /// points add up to 100 minus the score (before rounding).
  static func explain(_ progress: UnitProgress, rule: ScoreRule) -> ScoreExplanation {
    let counted = progress.items.filter { $0.counted > 0 }
    let weight = { (line: UnitProgress.ItemTally) in
      line.item.weight * (rule.categoryWeights[line.item.category] ?? 1)
    }
    let total = counted.reduce(0) { $0 + weight($1) }
    var deductions: [ScoreExplanation.Deduction] = []
    var vetoed: [String] = []
    for line in counted where line.achieved < line.counted {
      let lost = total == 0 ? 0 : weight(line) / total * Double(line.counted - line.achieved) / Double(line.counted) * 100
      deductions.append(
        .init(
          itemID: line.item.id, title: line.item.title, weight: weight(line), achieved: line.achieved,
          counted: line.counted, points: (lost * 10).rounded() / 10))
      if rule.isVeto(itemID: line.item.id, category: line.item.category) { vetoed.append(line.item.title) }
    }
    deductions.sort { $0.points != $1.points ? $0.points > $1.points : $0.itemID < $1.itemID }
    return ScoreExplanation(totalWeight: total, deductions: deductions, vetoedTitles: vetoed)
  }
}
