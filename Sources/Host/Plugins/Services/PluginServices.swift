import Foundation
import LuaRuntime
import Scheduling
import Storage

/// What the `tz` services of one plugin stand on: the working-day calendar, the day it is
/// (real or a spec's virtual clock), the ledger, the unit in context, the language and
/// the log. One per loaded plugin; commands fill in the ledger, the day and the unit.
public final class PluginServices {
  /// The plugin's id: scopes its key-value store and names it in the log.
  public let pluginID: String
  /// The folders whose `messages/` files `tz.t` reads, the plugin it extends first.
  var messageFolders: [(folder: URL, shown: String)]
  /// The working-day calendar, read on first use.
  let calendarSource: CalendarSource
  /// The site's school terms, for a school in context that keeps none of its own.
  public let siteTerms: SiteTerms
  /// The day `tz.cal.today()` returns and queries are judged on.
  public var today: CivilDate
  /// The language of `tz.t`: "zh-CN" (default) or "en".
  public var language: String
  /// Where `tz.log` writes.
  public var log: PluginLog
  /// The ledger `tz.store` and `tz.unit` read; nil where no ledger is open.
  public var store: (any Store)?
  /// The unit in context (an `applies` function, a spec, a report body); nil elsewhere.
  public internal(set) var unit: OrgUnit?
  /// In a report body, what the report counts as of its day: `tz.store` reads only those
  /// records and judges lateness as the report does. nil elsewhere (applies, specs):
  /// every record, and work due before `today` is overdue.
  var reportCutoff: ReportCutoff?
  /// The plugin these services belong to (for its items).
  weak var plugin: LoadedPlugin?
  /// The message strings, read on first use of `tz.t`.
  var messages: [String: [String: String]] = [:]

  init(
    pluginID: String, messageFolders: [(folder: URL, shown: String)], calendar: CalendarSource,
    siteTerms: SiteTerms = .none
  ) {
    self.pluginID = pluginID
    self.messageFolders = messageFolders
    self.calendarSource = calendar
    self.siteTerms = siteTerms
    self.today = CivilDate.today(in: SchedulingContext.defaultTimeZone)
    self.language = Self.defaultLanguage()
    self.log = .standard
  }

  /// The working-day calendar.
  public var calendar: WorkCalendar { calendarSource.calendar }

  /// Runs `body` with `unit` in context, restoring the previous context afterwards.
  public func withUnit<T>(_ unit: OrgUnit, _ body: () throws -> T) rethrows -> T {
    let previous = self.unit
    self.unit = unit
    defer { self.unit = previous }
    return try body()
  }

  /// `TAIZHANG_LANG=en` selects English messages; anything else, Chinese.
  static func defaultLanguage(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    environment["TAIZHANG_LANG"]?.lowercased().hasPrefix("en") == true ? "en" : "zh-CN"
  }
}

/// What a report counts as of its day, for `tz.store` in its body.
struct ReportCutoff {
  /// The records counted: done by the day and entered by its end (Beijing time).
  let records: RecordCutoff
  /// Work not done and due before this day is overdue (see `AsOf.overdueBefore`).
  let overdueBefore: CivilDate
}

/// The working-day calendar from the calendar data plugin, read once on first use and
/// shared by every plugin of a catalog.
public final class CalendarSource {
  private let load: () -> WorkCalendar
  private var loaded: WorkCalendar?

  /// A source that reads the calendar with `load` when first asked.
  public init(load: @escaping () -> WorkCalendar) { self.load = load }

  /// A source holding a calendar already read.
  public init(_ calendar: WorkCalendar) {
    self.load = { calendar }
    self.loaded = calendar
  }

  /// The calendar.
  public var calendar: WorkCalendar {
    if let loaded { return loaded }
    let calendar = load()
    loaded = calendar
    return calendar
  }
}

extension PluginServices {
  /// The school terms and vacations of the unit in context (see `requireUnit`): its own
  /// terms, else the site's for a school.
  func schoolCalendar(_ function: String) throws -> SchoolCalendar {
    SchoolCalendar(terms: siteTerms.terms(of: try requireUnit(function)).compactMap(UnitSchedule.schedulingTerm))
  }

  /// The unit in context, or an error naming the function and where units are in context.
  func requireUnit(_ function: String) throws -> OrgUnit {
    guard let unit else {
      throw ServiceError(
        "\(function): no unit in context here; a unit is in context inside applies functions, specs (spec.with_unit) and report bodies"
      )
    }
    return unit
  }

  /// The ledger, or an error naming the function.
  func requireStore(_ function: String) throws -> any Store {
    guard let store else { throw ServiceError("\(function): no ledger is open here") }
    return store
  }

  /// The scheduling context of the unit in context (its terms, else the site's for a
  /// school), else the national calendar.
  var schedulingContext: SchedulingContext {
    SchedulingContext(
      calendar: calendar, terms: unit.map(siteTerms.terms(of:))?.compactMap(UnitSchedule.schedulingTerm) ?? [])
  }
}
