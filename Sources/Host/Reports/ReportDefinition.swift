import LuaRuntime
import Scheduling

/// A report a plugin declares with `tz.report{…}`: what it is called, which period it
/// covers, whether it rolls up a unit's children, and the Lua function that fills it.
public struct ReportDefinition {
  /// The report kind, e.g. `monthly` (unique in the plugin; a site plugin replaces by id).
  public var id: String
  /// The title, zh-CN.
  public var title: String
  /// The unit types it serves; empty: every type of its plugin.
  public var unitTypes: [String]
  /// The kind of period it covers.
  public var period: PeriodUnit
  /// Whether the context carries each child unit's results.
  public var rollup: Bool
  /// The id of the `tz.score` rule used to grade; nil: the plugin's first, else the default.
  public var score: String?
  /// A one-line description, zh-CN.
  public var summary: String?
  /// `function(ctx, doc)`.
  public var body: LuaFunction
  /// Where it was declared.
  public var position: SourcePosition?
}

/// How a unit is scored and graded (`tz.score{…}`): item weights times category weights,
/// grade thresholds, stars earned per category, and veto items (否决项) whose failure
/// means the lowest grade whatever the score.
public struct ScoreRule: Hashable, Sendable {
  /// A grade and the score (0–100) it needs.
  public struct Grade: Hashable, Sendable {
    /// The grade's name, e.g. 优秀.
    public var name: String
    /// The least score for it.
    public var atLeast: Double
  }

  /// The rule's id.
  public var id: String
  /// Grades from best to worst; the last has the lowest threshold.
  public var grades: [Grade]
  /// The grade below every threshold, and of a vetoed unit.
  public var failing: String
  /// Weight multipliers by category id (default 1).
  public var categoryWeights: [String: Double]
  /// A category earns a star when its completion rate (percent) reaches this; nil: no stars.
  public var starAt: Double?
  /// Item ids, or `category.*`, whose failure vetoes the grade.
  public var veto: [String]

  /// The rule used when a plugin declares none: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60.
  public static let standard = ScoreRule(
    id: "default",
    grades: [
      Grade(name: "优秀", atLeast: 90), Grade(name: "良好", atLeast: 80),
      Grade(name: "合格", atLeast: 60),
    ],
    failing: "不合格", categoryWeights: [:], starAt: nil, veto: [])

  /// Creates a rule.
  public init(
    id: String, grades: [Grade], failing: String, categoryWeights: [String: Double],
    starAt: Double?, veto: [String]
  ) {
    self.id = id
    self.grades = grades
    self.failing = failing
    self.categoryWeights = categoryWeights
    self.starAt = starAt
    self.veto = veto
  }

  /// Whether the item is a veto item of this rule.
  public func isVeto(itemID: String, category: String) -> Bool {
    veto.contains { $0 == itemID || $0 == "\(category).*" }
  }
}
