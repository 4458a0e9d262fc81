import Foundation
import LuaRuntime
import Scheduling

/// Loads the calendar data plugin (`Plugins/calendar/holidays/*.lua`) into holiday
/// arrangements, each file in its own sandboxed Lua state.
public struct HolidayDataLoader {
  /// The plugin folder (the one holding `plugin.lua` and `holidays/`).
  public let pluginFolder: URL
  /// The limits each data file runs under.
  public var limits = LuaLimits(memoryBytes: 16 << 20, timeout: .milliseconds(500))

  /// Creates a loader for the calendar plugin in `pluginFolder`.
  public init(pluginFolder: URL) { self.pluginFolder = pluginFolder }

  /// Every arrangement in the plugin's `holidays/` folder, by ascending year.
  /// - Throws: `CalendarDataError` naming the file and field at fault, or the `LuaError`
  ///   of a file that does not run.
  public func arrangements() throws -> [HolidayArrangement] {
    let folder = pluginFolder.appendingPathComponent("holidays")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return try names.filter { $0.hasSuffix(".lua") }.sorted().map { name in
      try arrangement(file: folder.appendingPathComponent(name))
    }.sorted { $0.year < $1.year }
  }

  /// The national work calendar built from the plugin's arrangements.
  public func workCalendar() throws -> WorkCalendar {
    WorkCalendar(arrangements: try arrangements())
  }

  /// Reads one year's file.
  public func arrangement(file: URL) throws -> HolidayArrangement {
    let chunk = "Plugins/calendar/holidays/" + file.lastPathComponent
    let state = try LuaState(limits: limits, root: pluginFolder, output: { _ in })
    let results = try state.run(file: file, chunkName: chunk)
    guard let table = results.first?.tableValue else {
      throw CalendarDataError(file: chunk, field: nil, message: "文件应返回一个表（return { year = …, … }）")
    }
    return try HolidayDataDecoder(file: chunk).arrangement(from: table)
  }
}

/// A holiday data file whose content is not what the format asks for.
public struct CalendarDataError: UserFacingError, Equatable {
  /// The file, relative to the plugin search path.
  public let file: String
  /// The field path, e.g. `holidays[2].from`.
  public let field: String?
  /// What is wrong, in Chinese.
  public let message: String
  /// Creates the error.
  public init(file: String, field: String?, message: String) {
    self.file = file
    self.field = field
    self.message = message
  }
  /// `file: field: message`.
  public var description: String {
    [file, field, message].compactMap { $0 }.joined(separator: "：")
  }
  /// Bad plugin data is a configuration problem.
  public var exitCode: Int32 { 2 }
}

/// Turns a Lua table from a holiday data file into a `HolidayArrangement`.
struct HolidayDataDecoder {
  let file: String

  func fail(_ field: String?, _ message: String) -> CalendarDataError {
    CalendarDataError(file: file, field: field, message: message)
  }

  func string(_ value: LuaValue, _ field: String) throws -> String {
    guard let s = value.stringValue, case .string = value else {
      throw fail(field, value.isNil ? "缺少此项" : "应为字符串，实为 \(value.typeName)")
    }
    return s
  }

  func date(_ value: LuaValue, _ field: String) throws -> CivilDate {
    let text = try string(value, field)
    guard let date = CivilDate(text) else { throw fail(field, "“\(text)”不是 YYYY-MM-DD 格式的日期") }
    return date
  }

  func list(_ value: LuaValue, _ field: String) throws -> [LuaTable] {
    if value.isNil { return [] }
    guard let table = value.tableValue else { throw fail(field, "应为列表（表）") }
    return try table.sequence.enumerated().map { i, item in
      guard let entry = item.tableValue else { throw fail("\(field)[\(i + 1)]", "应为表") }
      return entry
    }
  }

  func arrangement(from table: LuaTable) throws -> HolidayArrangement {
    guard let year = table["year"].integerValue, (1949...2200).contains(year) else {
      throw fail("year", "应为年份整数，例如 2026")
    }
    let stem = (file as NSString).lastPathComponent.replacingOccurrences(of: ".lua", with: "")
    if let fileYear = Int(stem), fileYear != Int(year) {
      throw fail("year", "文件名为 \(fileYear) 年，但 year = \(year)")
    }
    let source = table["source"].isNil ? "" : try string(table["source"], "source")
    let holidays = try list(table["holidays"], "holidays").enumerated().map { i, entry in
      let at = "holidays[\(i + 1)]"
      return HolidayArrangement.Holiday(
        name: try string(entry["name"], at + ".name"),
        from: try date(entry["from"], at + ".from"),
        to: try date(entry["to"], at + ".to"))
    }
    let workdays = try list(table["workdays"], "workdays").enumerated().map { i, entry in
      let at = "workdays[\(i + 1)]"
      return HolidayArrangement.MakeupWorkday(
        date: try date(entry["date"], at + ".date"),
        forHoliday: try string(entry["for_holiday"], at + ".for_holiday"))
    }
    do {
      return try HolidayArrangement(
        year: Int(year), source: source, holidays: holidays, workdays: workdays)
    } catch let error as ArrangementError {
      throw fail(nil, error.message)
    }
  }
}
