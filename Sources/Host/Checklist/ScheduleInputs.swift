import Foundation
import Scheduling

/// What the checklist and agenda queries share: the day they judge on, the plugins found
/// on the search path, and the working-day calendar from the calendar data plugin.
struct ScheduleInputs {
  let asOf: CivilDate
  let catalog: PluginCatalog
  let calendar: WorkCalendar

  /// `today` as `YYYY-MM-DD` (nil: today in Beijing); `pluginFolders` from `--plugins`.
  init(today: String?, pluginFolders: [String]) throws {
    if let today {
      guard let day = CivilDate(today) else { throw UsageError("--today \"\(today)\" 应为 YYYY-MM-DD") }
      asOf = day
    } else {
      asOf = CivilDate.today(in: SchedulingContext.defaultTimeZone)
    }
    catalog = PluginCatalog.load(try PluginSearchPath.checked(extra: pluginFolders))
    calendar = try catalog.plugin("calendar").map {
      try HolidayDataLoader(pluginFolder: $0.folder).workCalendar()
    } ?? .weekendsOnly
  }
}
