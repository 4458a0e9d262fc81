import Foundation
import LuaRuntime
import Rendering
import Scheduling
import Storage

/// The `report` job: finds the report a unit's plugin declares, builds its context from
/// the ledger, runs its body to fill a document, and renders it. The same ledger, period
/// and date always give the same bytes.
public struct ReportJob {
  let ledger: Ledger
  let catalog: PluginCatalog
  let calendar: WorkCalendar

  /// A job over `ledger` with the plugins on the standard search path plus `pluginFolders`.
  public init(ledger: Ledger, pluginFolders: [String]) throws {
    let inputs = try ScheduleInputs(today: "2000-01-01", pluginFolders: pluginFolders)
    self.init(ledger: ledger, catalog: inputs.catalog, calendar: inputs.calendar)
  }

  /// A job over an already loaded catalog and calendar.
  public init(ledger: Ledger, catalog: PluginCatalog, calendar: WorkCalendar) {
    self.ledger = ledger
    self.catalog = catalog
    self.calendar = calendar
  }

  /// The years of `period` without official holiday data, for the commands' warning line.
  public func yearsWithoutHolidayData(period: String) -> [Int] {
    HolidayCoverage.missingYears(inPeriod: period, calendar: calendar)
  }

  /// The report `kind` for a unit, checked: the unit's plugin is usable and declares it.
  public func definition(kind: String, for unit: OrgUnit) throws -> (
    plugin: LoadedPlugin, report: ReportDefinition
  ) {
    guard let plugin = catalog.serving(unitType: unit.type) else {
      throw UsageError(catalog.noneServes(unitType: unit.type))
    }
    guard plugin.isUsable else {
      throw UsageError(
        "插件 \(plugin.id) 有 \(plugin.problems.count) 个问题；请先运行 taizhang plugin check", exitCode: 1)
    }
    let reports = Self.reports(of: plugin, for: unit.type)
    guard let report = reports.first(where: { $0.id == kind }) else {
      let hint =
        DeclarationSchema.closest(to: kind, in: reports.map(\.id)).map { "（是否想输入 \($0)？）" } ?? ""
      let known = reports.map(\.id).joined(separator: "、")
      throw UsageError(
        "插件 \(plugin.id) 没有报告 \"\(kind)\"\(hint)；单位 \(unit.id) 可用的报告：\(known.isEmpty ? "无" : known)"
      )
    }
    return (plugin, report)
  }

  /// The reports of a plugin that serve a unit type.
  public static func reports(of plugin: LoadedPlugin, for unitType: String) -> [ReportDefinition] {
    plugin.reports.filter { $0.unitTypes.isEmpty || $0.unitTypes.contains(unitType) }
  }

  /// Parses `period` and checks it is the kind of period the report covers.
  public static func periodKey(_ text: String, for report: ReportDefinition) throws
    -> Scheduling.PeriodKey
  {
    guard let key = Scheduling.PeriodKey(text), key.unit != .day else {
      throw UsageError("期间 \"\(text)\" 格式不对：应为 2026-11、2026-Q4、2026-H2、2026-T1、2026-W47 或 2026")
    }
    guard key.unit == report.period else {
      let example = [
        "week": "2026-W47", "month": "2026-11", "quarter": "2026-Q4", "half": "2026-H2",
        "year": "2026", "term": "2026-T1",
      ]
      throw UsageError(
        "报告 \(report.id) 按\(Self.periodName(report.period))编制：--period 应为 \(example[report.period.rawValue] ?? "") 这样的期间，而不是 \"\(text)\""
      )
    }
    return key
  }

  static func periodName(_ unit: PeriodUnit) -> String {
    switch unit {
    case .week: "周"
    case .month: "月"
    case .quarter: "季度"
    case .half: "半年"
    case .year: "年"
    case .term: "学期"
    default: unit.rawValue
    }
  }

  /// Fills the document of report `kind` for a unit and period, judged as of `date`
  /// (`YYYY-MM-DD`; default by the `AsOf` rule: today, or the period's last day once the
  /// period is over), which is also the signature's date. A day after `today` is refused
  /// unless `allowFuture`.
  public func document(
    kind: String, unitID: String, period: String, date: String? = nil, allowFuture: Bool = false,
    today: CivilDate = AsOf.today(), history known: ItemHistory? = nil
  ) throws -> Document {
    guard let unit = try ledger.store.unit(unitID) else {
      throw UsageError("单位 \"\(unitID)\" 不存在（用 taizhang unit list 查看）")
    }
    let (plugin, report) = try definition(kind: kind, for: unit)
    let key = try Self.periodKey(period, for: report)
    let asOf = try AsOf.resolve(
      asked: try AsOf.parse(date, flag: "--date"),
      period: try ProgressReader.days(of: key, for: unit, calendar: calendar, siteTerms: catalog.siteTerms),
      today: today,
      allowFuture: allowFuture, flag: "--date")
    let history = try known ?? ItemHistory.load(store: ledger.store, catalog: catalog, day: today, persist: true)
    let context = try context(
      report: report, plugin: plugin, unit: unit, period: key, asOf: asOf, today: today,
      history: history)
    return try run(report, plugin: plugin, context: context)
  }

  func context(
    report: ReportDefinition, plugin: LoadedPlugin, unit: OrgUnit, period: Scheduling.PeriodKey,
    asOf: CivilDate, today: CivilDate, history: ItemHistory? = nil
  ) throws -> ReportContext {
    let reader = ProgressReader(
      catalog: catalog, calendar: calendar, store: ledger.store, history: history)
    var problems: [PluginProblem] = []
    let own = try reader.read(
      [unit], period: period, asOf: asOf, today: today, detail: true, problems: &problems)[0]
    let rule =
      report.score.flatMap { id in plugin.scores.first { $0.id == id } } ?? plugin.scores.first
      ?? .standard
    var children: [(read: ProgressReader.Read, score: ScoreResult)] = []
    if report.rollup {
      let units = try ledger.store.children(of: unit.id)
      for read in try reader.read(
        units, period: period, asOf: asOf, today: today, detail: false, problems: &problems)
      {
        let childRule = read.plugin?.scores.first ?? .standard
        children.append((read, ScoreEvaluator.evaluate(read.progress, rule: childRule)))
      }
    }
    if let problem = problems.first { throw ReportFailure(problem.description) }
    var owners: [String: [String]] = [:]
    var people: [String: String] = [:]
    for person in try ledger.store.people() { people[person.id] = person.name }
    for assignment in try ledger.store.roleAssignments(unitID: unit.id, personID: nil) {
      owners[assignment.role, default: []].append(
        people[assignment.personID] ?? assignment.personID)
    }
    let findings = try FindingsReader(
      catalog: catalog, calendar: calendar, store: ledger.store, people: people
    ).read(
      [(unit, own.progress.days)] + children.map { ($0.read.progress.unit, $0.read.progress.days) },
      asOf: own.progress.asOf)
    return ReportContext(
      report: report, plugin: plugin, progress: own.progress,
      score: ScoreEvaluator.evaluate(own.progress, rule: rule), rule: rule, owners: owners,
      people: people,
      parent: try unit.parentID.flatMap { try ledger.store.unit($0) }, children: children,
      late: own.late, findings: findings)
  }

  /// Runs the body with a fresh document; a failing body is reported with its file and line.
  func run(_ report: ReportDefinition, plugin: LoadedPlugin, context: ReportContext) throws
    -> Document
  {
    guard let recorder = plugin.documents, let state = plugin.state else {
      throw ReportFailure("插件 \(plugin.id) 没有可用的报告环境")
    }
    recorder.document = Document(title: report.title)
    // `tz.store` and `tz.cal.today()` in the body see this unit, this ledger and the day
    // judged, never the real clock: the same ledger, period and date give the same bytes.
    // Its records are those the report counts (done by the day, entered by its end).
    let services = plugin.services
    let (store, today, cutoff) = (services.store, services.today, services.reportCutoff)
    services.store = ledger.store
    services.today = context.progress.asOf
    services.reportCutoff = ReportCutoff(
      records: ProgressReader.cutoff(context.progress.asOf),
      overdueBefore: context.progress.overdueBefore)
    defer { (services.store, services.today, services.reportCutoff) = (store, today, cutoff) }
    do {
      let doc = try state.global("tz")["doc"]
      try services.withUnit(context.progress.unit) {
        _ = try report.body.call([context.value(), doc])
      }
    } catch let error as LuaError {
      throw ReportFailure("报告 \(report.id)（插件 \(plugin.id)）出错：\(error.description)")
    }
    var document = recorder.document
    recorder.document = Document(title: "")
    // Leading columns of every CSV row, so each file says whose and which period it is.
    document.scope = [
      ScopeField("报告单位", context.progress.unit.name),
      ScopeField("统计期间", ReportContext.title(context.progress.period)),
      ScopeField("截至日期", context.progress.asOf.description),
    ]
    do {
      try document.validate()
    } catch {
      throw ReportFailure("报告 \(report.id)（插件 \(plugin.id)）生成的文档有误：\(error)")
    }
    return document
  }
}

/// A report that could not be produced: its body failed or filled a bad document.
public struct ReportFailure: UserFacingError {
  /// What went wrong, with the plugin's file and line when known.
  public let description: String
  init(_ message: String) { description = message }
}
