import LuaRuntime
import Scheduling

extension DeclarationSchema {
  static let report = DeclarationSchema(
    name: "report",
    fields: [
      Field(name: "id", type: .string, required: true, summary: "the report kind, e.g. monthly"),
      Field(name: "title", type: .string, required: true, summary: "the title, zh-CN"),
      Field(
        name: "period", type: .string, required: true,
        summary: "week, month, quarter, half, year or term"),
      Field(
        name: "body", type: .function, required: true,
        summary: "function(ctx, doc) that fills the document"),
      Field(
        name: "unit_types", type: .stringList, required: false,
        summary: "unit types served (default: the plugin's)"),
      Field(
        name: "rollup", type: .boolean, required: false,
        summary: "ctx.children holds each child unit's results"),
      Field(
        name: "score", type: .string, required: false, summary: "the tz.score rule that grades"),
      Field(
        name: "summary", type: .string, required: false,
        summary: "one line on what it is for, zh-CN"),
    ])

  static let score = DeclarationSchema(
    name: "score",
    fields: [
      Field(name: "id", type: .string, required: true, summary: "the rule's id"),
      Field(
        name: "grades", type: .table, required: true,
        summary: "grade = least score, e.g. { [\"优秀\"] = 90 }"),
      Field(
        name: "failing", type: .string, required: false,
        summary: "the grade below all (default 不合格)"),
      Field(
        name: "weights", type: .table, required: false, summary: "category id = weight multiplier"),
      Field(
        name: "stars", type: .number, required: false,
        summary: "completion percent a category needs for a star"),
      Field(
        name: "veto", type: .stringList, required: false,
        summary: "item ids or \"category.*\" whose failure means 不合格"),
    ])
}

/// Binds `tz.report` and `tz.score` into a plugin's state and collects the reports and
/// score rules it declares; a later declaration with the same id replaces an earlier one,
/// which is how a site plugin that `extends` a shipped one replaces its reports.
final class ReportCollector {
  let plugin: String
  private(set) var reports: [ReportDefinition] = []
  private(set) var scores: [ScoreRule] = []
  private(set) var problems: [PluginProblem] = []
  /// `tz.doc`, which report bodies fill.
  let recorder = DocumentRecorder()

  init(plugin: String) { self.plugin = plugin }

  /// Registers the declaration functions and `tz.doc` in `state`.
  func install(in state: LuaState) {
    recorder.install(in: state)
    state.register("tz.report") { [unowned self] call in
      try self.declare(call, .report) { table, label in
        let report = try Self.report(
          from: table, label: label, position: DeclarationCollector.position(call))
        reports.removeAll { $0.id == report.id }
        reports.append(report)
      }
    }
    state.register("tz.score") { [unowned self] call in
      try self.declare(call, .score) { table, label in
        let rule = try Self.score(from: table, label: label)
        scores.removeAll { $0.id == rule.id }
        scores.append(rule)
      }
    }
  }

  /// Reports naming a score rule the plugin does not declare.
  func consistencyProblems() -> [PluginProblem] {
    reports.compactMap { report in
      guard let score = report.score, !scores.contains(where: { $0.id == score }) else {
        return nil
      }
      return PluginProblem(
        plugin: plugin, file: report.position?.file, line: report.position?.line,
        message: "report \"\(report.id)\": score \"\(score)\" is not declared with tz.score")
    }
  }

  private func declare(
    _ call: LuaCall, _ schema: DeclarationSchema, build: (LuaTable, String) throws -> Void
  ) throws {
    let table = try call.table(1)
    let label = table["id"].stringValue.map { "\(schema.name) \"\($0)\"" } ?? schema.name
    let position = DeclarationCollector.position(call)
    var messages = schema.problems(in: table, label: label)
    if messages.isEmpty {
      do { try build(table, label) } catch let error as DeclarationError {
        messages.append(error.message)
      }
    }
    for message in messages {
      problems.append(
        PluginProblem(plugin: plugin, file: position?.file, line: position?.line, message: message))
    }
  }

  /// The report periods a declaration may name.
  static let periods: [String: PeriodUnit] = [
    "week": .week, "month": .month, "quarter": .quarter, "half": .half, "year": .year,
    "term": .term,
  ]

  static func report(from table: LuaTable, label: String, position: SourcePosition?) throws
    -> ReportDefinition
  {
    let id = table["id"].stringValue!
    guard id.range(of: #"^[a-z][a-z0-9_]*$"#, options: .regularExpression) != nil else {
      throw DeclarationError("\(label): id should be lowercase ascii snake_case, e.g. \"monthly\"")
    }
    let periodText = table["period"].stringValue!
    guard let period = periods[periodText] else {
      let hint =
        DeclarationSchema.closest(to: periodText, in: periods.keys.sorted()).map {
          " (did you mean \"\($0)\"?)"
        } ?? ""
      throw DeclarationError(
        "\(label): period \"\(periodText)\" is not one of week, month, quarter, half, year, term\(hint)"
      )
    }
    return ReportDefinition(
      id: id, title: table["title"].stringValue!,
      unitTypes: table["unit_types"].tableValue?.sequence.compactMap(\.stringValue) ?? [],
      period: period, rollup: table["rollup"].boolValue ?? false, score: table["score"].stringValue,
      summary: table["summary"].stringValue, body: table["body"].functionValue!, position: position)
  }

  static func score(from table: LuaTable, label: String) throws -> ScoreRule {
    var grades: [ScoreRule.Grade] = []
    for (key, value) in table["grades"].tableValue!.entries {
      guard let name = key.stringValue, let least = value.numberValue else {
        throw DeclarationError(
          "\(label): grades should map a grade name to its least score, e.g. { [\"优秀\"] = 90 }")
      }
      guard (0...100).contains(least) else {
        throw DeclarationError("\(label): grade \"\(name)\" needs \(least), outside 0–100")
      }
      grades.append(ScoreRule.Grade(name: name, atLeast: least))
    }
    guard !grades.isEmpty else { throw DeclarationError("\(label): grades is empty") }
    grades.sort { $0.atLeast > $1.atLeast }
    for (a, b) in zip(grades, grades.dropFirst()) where a.atLeast == b.atLeast {
      throw DeclarationError(
        "\(label): grades \"\(a.name)\" and \"\(b.name)\" share the threshold \(a.atLeast)")
    }
    var weights: [String: Double] = [:]
    for (key, value) in table["weights"].tableValue?.entries ?? [] {
      guard let category = key.stringValue, let weight = value.numberValue, weight >= 0 else {
        throw DeclarationError("\(label): weights should map a category id to a weight ≥ 0")
      }
      weights[category] = weight
    }
    if let stars = table["stars"].numberValue, !(0...100).contains(stars) {
      throw DeclarationError("\(label): stars \(stars) should be a percent within 0–100")
    }
    return ScoreRule(
      id: table["id"].stringValue!, grades: grades, failing: table["failing"].stringValue ?? "不合格",
      categoryWeights: weights, starAt: table["stars"].numberValue,
      veto: table["veto"].tableValue?.sequence.compactMap(\.stringValue) ?? [])
  }
}
