import Foundation
import Scheduling
import Storage

/// What the finding commands judge with: the day taken as today, the plugins (each unit
/// type's rules and role vocabulary) and the working-day calendar of the holiday data.
public struct FindingDesk {
  /// Today, in Beijing.
  public let today: CivilDate
  /// The plugins found on the search path.
  public let catalog: PluginCatalog
  /// The working-day calendar.
  public let calendar: WorkCalendar

  /// A desk over `catalog`, its calendar read from the calendar plugin when there is one.
  public init(catalog: PluginCatalog, today: CivilDate? = nil) throws {
    self.catalog = catalog
    self.today = today ?? CivilDate.today(in: SchedulingContext.defaultTimeZone)
    calendar = try catalog.plugin("calendar").map {
      try HolidayDataLoader(pluginFolder: $0.folder).workCalendar()
    } ?? .weekendsOnly
  }

  /// A desk given directly (tests).
  public init(today: CivilDate, catalog: PluginCatalog, calendar: WorkCalendar) {
    self.today = today
    self.catalog = catalog
    self.calendar = calendar
  }

  /// The rules of a unit's type.
  public func rules(for unit: OrgUnit) -> FindingRules { catalog.findingRules(unitType: unit.type) }

  /// `text` as a day (`what` names it in the message), not after today unless `future`;
  /// today when nil.
  public func day(_ text: String?, _ what: String, future: Bool = false) throws -> CivilDate {
    guard let text, !text.isEmpty else { return today }
    guard let day = CivilDate(text.trimmingCharacters(in: .whitespaces)) else {
      throw UsageError("\(what) \"\(text)\" 不是有效日期（应为 YYYY-MM-DD）")
    }
    guard future || day <= today else {
      throw UsageError("\(what) \(day) 晚于今天（\(today)）")
    }
    return day
  }
}

/// Runs a finding operation, turning the store's refusals (a missing unit or person, a
/// bad date, a wrong state, a verifier who may not verify) into usage errors (exit 2).
func refusingBadInput<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as StoreError where error.code != .io && error.code != .corrupt {
    throw UsageError(error.message)
  }
}
