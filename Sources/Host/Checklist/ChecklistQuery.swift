import Foundation
import Scheduling
import Storage

/// Everything `taizhang checklist` needs, gathered: the unit, its plugin, the working-day
/// calendar, the period and the day, and the checklist built from them.
public struct ChecklistQuery {
  /// The unit's id.
  public var unitID: String
  /// The period key (`2026-11`, `2026-W47`, `2026-Q4`, `2026-T2`, `2026`); nil: this month.
  public var period: String?
  /// The day statuses are judged on, `YYYY-MM-DD`; nil: the `AsOf` default (today, or
  /// the period's last day once it is over).
  public var today: String?
  /// Whether a day after today may be asked for (`--allow-future`).
  public var allowFuture: Bool
  /// Site plugin folders.
  public var pluginFolders: [String]

  /// Creates a query.
  public init(
    unitID: String, period: String?, today: String?, allowFuture: Bool = false, pluginFolders: [String]
  ) {
    self.unitID = unitID
    self.period = period
    self.today = today
    self.allowFuture = allowFuture
    self.pluginFolders = pluginFolders
  }

  /// Runs the query against a ledger.
  public func run(ledger: Ledger) throws -> Checklist {
    let unit = try ledger.unit(unitID)
    let inputs = try ScheduleInputs(today: today, pluginFolders: pluginFolders)
    let periodKey: Scheduling.PeriodKey
    if let period {
      guard let key = Scheduling.PeriodKey(period) else {
        throw UsageError("期间 \"\(period)\" 格式不对：应为 2026、2026-11、2026-W47、2026-Q4、2026-H2 或 2026-T1")
      }
      periodKey = key
    } else {
      periodKey = .containing(inputs.asOf, unit: .month)
    }
    let realToday = AsOf.today()
    let asOf = try AsOf.resolve(
      asked: try AsOf.parse(today, flag: "--today"),
      period: try ProgressReader.days(
        of: periodKey, for: unit, calendar: inputs.calendar, siteTerms: inputs.catalog.siteTerms),
      today: realToday, allowFuture: allowFuture, flag: "--today")
    guard let plugin = inputs.catalog.serving(unitType: unit.type) else {
      throw UsageError(inputs.catalog.noneServes(unitType: unit.type), exitCode: 1)
    }
    guard plugin.isUsable else {
      throw UsageError("插件 \(plugin.id) 有 \(plugin.problems.count) 个问题；请先运行 taizhang plugin check", exitCode: 1)
    }
    let history = try ItemHistory.load(
      store: ledger.store, catalog: inputs.catalog, day: realToday, persist: false)
    return try Checklist.build(
      unit: unit, plugin: plugin, period: periodKey, asOf: asOf, today: realToday,
      calendar: inputs.calendar, store: ledger.store, history: history)
  }
}
