import LuaRuntime
import Scheduling
import Storage

/// The small Lua values the report context is made of: counts, scores, units, periods
/// and dates in Chinese.
extension ReportContext {
  static func campaignDay(_ text: String, _ year: Int) -> CivilDate? {
    let next = text.hasPrefix("+1-")
    return CivilDate("\(year + (next ? 1 : 0))-\(next ? String(text.dropFirst(3)) : text)")
  }

  static func completion(_ entries: [UnitProgress.Entry]) -> LuaValue {
    counts(
      total: entries.count, counted: entries.filter(\.counted).count,
      done: entries.filter { $0.status == .done }.count,
      overdue: entries.filter { $0.status == .overdue }.count)
  }

  static func counts(total: Int, counted: Int, done: Int, overdue: Int) -> LuaValue {
    .table(
      LuaTable(fields: [
        "total": .integer(Int64(total)), "counted": .integer(Int64(counted)),
        "done": .integer(Int64(done)),
        "overdue": .integer(Int64(overdue)), "open": .integer(Int64(total - counted)),
        "rate": .number(UnitProgress.rate(done, counted)),
      ]))
  }

  static func score(_ s: ScoreResult, rule: ScoreRule?, explained: ScoreExplanation? = nil) -> LuaValue {
    var fields: [LuaValue: LuaValue] = [
      "score": .number(s.score), "grade": .string(s.grade), "stars": .integer(Int64(s.stars)),
      "vetoed": .table(LuaTable(sequence: s.vetoedBy.map { .string($0) })),
      "rule": rule.map { .string($0.id) } ?? .nil,
    ]
    if let explained, let rule {
      fields["vetoed_titles"] = .table(LuaTable(sequence: explained.vetoedTitles.map { .string($0) }))
      fields["total_weight"] = .number(explained.totalWeight)
      fields["grades"] = .table(
        LuaTable(
          sequence: rule.grades.map {
            .table(LuaTable(fields: ["name": .string($0.name), "at_least": .number($0.atLeast)]))
          }))
      fields["failing"] = .string(rule.failing)
      fields["deductions"] = .table(
        LuaTable(
          sequence: explained.deductions.map { d in
            .table(
              LuaTable(fields: [
                "item": .string(d.itemID), "title": .string(d.title), "weight": .number(d.weight),
                "achieved": .integer(Int64(d.achieved)), "counted": .integer(Int64(d.counted)),
                "points": .number(d.points),
              ]))
          }))
    }
    return .table(LuaTable(fields: fields))
  }

  static func unit(_ u: OrgUnit, parent: OrgUnit?) -> LuaValue {
    var attributes = LuaTable()
    for (key, value) in u.attributes { attributes[key] = .string(value) }
    return .table(
      LuaTable(fields: [
        "id": .string(u.id), "name": .string(u.name), "type": .string(u.type),
        "attributes": .table(attributes),
        "parent": parent.map {
          .table(LuaTable(fields: ["id": .string($0.id), "name": .string($0.name)]))
        } ?? .nil,
      ]))
  }

  static func period(_ p: UnitProgress) -> LuaValue {
    var fields: [LuaValue: LuaValue] = [
      "key": .string(p.period.description), "kind": .string(p.period.unit.rawValue),
      "from": .string(p.days.lowerBound.description), "to": .string(p.days.upperBound.description),
      "year": .integer(Int64(p.days.lowerBound.year)), "title": .string(title(p.period)),
    ]
    if case .month(_, let m) = p.period { fields["month"] = .integer(Int64(m)) }
    if case .quarter(_, let q) = p.period { fields["quarter"] = .integer(Int64(q)) }
    return .table(LuaTable(fields: fields))
  }

  /// "2026年11月", "2026年第四季度", "2026年下半年", "2026年", "2026—2027学年第一学期" (2026-T2),
  /// "2026年第47周".
  static func title(_ period: Scheduling.PeriodKey) -> String {
    let numerals = ["一", "二", "三", "四"]
    switch period {
    case .day(let d): return chineseDate(d)
    case .week(let y, let w): return "\(y)年第\(w)周"
    case .month(let y, let m): return "\(y)年\(m)月"
    case .quarter(let y, let q): return "\(y)年第\(numerals[q - 1])季度"
    case .half(let y, let h): return "\(y)年\(h == 1 ? "上" : "下")半年"
    case .term(let y, let i): return SchoolTerm.displayName(year: y, index: i)
    case .year(let y): return "\(y)年"
    }
  }

  static func chineseDate(_ d: CivilDate) -> String { "\(d.year)年\(d.month)月\(d.day)日" }
}
