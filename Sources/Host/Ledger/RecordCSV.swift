import Foundation
import Scheduling
import Storage

/// What `taizhang record import` did.
public struct RecordImportResult: Sendable, Equatable, Codable {
  /// Records written.
  public var imported: Int
  /// Rows skipped as the same as a record already in the ledger.
  public var skipped: Int
  /// Records written after their period's due day (补录).
  public var late: Int
}

extension Ledger {
  /// Imports ledger records from a CSV file in one transaction: all rows or none.
  /// Columns: `unit,item,period,done_on,note,values,by` (`values` as `名称=数字;名称=数字`,
  /// `done_on` default today); every unit, person and item is checked (items and periods
  /// against the unit's plugin when `catalog` is given) before anything is written.
  /// A row the same as a record already in the ledger (unit, item, period, done-on day and
  /// values) is skipped, so a file imported twice is recorded once.
  /// With `historical`, the file is a past ledger being brought in (a paper or spreadsheet
  /// ledger kept at the time): each record counts as entered on its `done_on` day (at
  /// 18:00 Beijing time, or now if that is later), so judgements as of past days count it;
  /// the import itself is audited at its real time. Such a file must have `done_on`.
  public func importRecords(
    from url: URL, catalog: PluginCatalog? = nil, now: Date = Date(), historical: Bool = false
  ) throws -> RecordImportResult {
    let table = try CSVTable(
      text: try Self.readText(url), file: url.lastPathComponent,
      required: historical ? ["unit", "item", "period", "done_on"] : ["unit", "item", "period"],
      optional: historical ? ["note", "values", "by"] : ["done_on", "note", "values", "by"])
    let today = RecordPeriods.today(at: now)
    var periods = try RecordPeriods(catalog: catalog)
    var units: [String: OrgUnit] = [:]
    var people: Set<String> = []
    var records: [LedgerRecord] = []
    var late = Set<Int>()
    for row in table.rows {
      let unitID = try table.required(row, "unit"), itemID = try table.required(row, "item")
      let periodText = try table.required(row, "period")
      guard PeriodKey.isValid(periodText) else {
        throw table.error(row, "期间 \"\(periodText)\" 格式不对：应为 2026、2026-11、2026-W47、2026-Q4、2026-H2、2026-T1 或 2026-11-23")
      }
      guard let unit = try units[unitID] ?? store.unit(unitID) else {
        throw table.error(row, "单位 \"\(unitID)\" 不存在")
      }
      units[unitID] = unit
      let period: String
      var due: CivilDate?
      do {
        try catalog?.checkItem(itemID, unitType: unit.type)
        let checked = try periods.check(periodText, itemID: itemID, unit: unit)
        due = checked.due
        period = checked.period
      } catch let error as UserFacingError {
        throw CSVError(file: table.file, line: row.line, error.description, exitCode: error.exitCode)
      }
      let doneOn = try RecordPeriods.doneOn(table.value(row, "done_on"), today: today) {
        CSVError(file: table.file, line: row.line, "done_on 列的\($0)，例如 \(today)", exitCode: 2)
      }
      // Late (补录): entered after the period fell due — a past ledger counts as entered
      // on the day the work was done.
      if let due, (historical ? doneOn : today) > due { late.insert(records.count) }
      let by = table.value(row, "by")
      if !by.isEmpty && !people.contains(by) {
        guard try store.person(by) != nil else { throw table.error(row, "人员 \"\(by)\" 不存在") }
        people.insert(by)
      }
      let valueText = table.value(row, "values")
      let values: [String: Double]
      do {
        values = try Self.parseValues(
          valueText.isEmpty ? [] : valueText.split(separator: ";").map(String.init))
      } catch let error as UserFacingError {
        throw table.error(row, error.description)
      }
      let note = table.value(row, "note")
      records.append(
        LedgerRecord(
          key: OccurrenceKey(unitID: unitID, itemID: itemID, period: period),
          doneAt: historical ? min(now, Self.evening(of: doneOn)) : now,
          doneOn: doneOn.description, byPersonID: by.isEmpty ? nil : by, note: note.isEmpty ? nil : note, values: values))
    }
    let known = Set(
      try store.records(unitIDs: Array(units.keys), periods: Array(Set(records.map(\.key.period))))
        .map(Self.sameness))
    let fresh = records.indices.filter { !known.contains(Self.sameness(records[$0])) }
    let imported = try store.addRecords(fresh.map { records[$0] }, by: actor)
    return RecordImportResult(
      imported: imported, skipped: records.count - fresh.count,
      late: fresh.filter { late.contains($0) }.count)
  }

  /// 18:00 of a day in Beijing: when a historical record counts as entered.
  static func evening(of day: CivilDate) -> Date {
    day.startInstant(in: SchedulingContext.defaultTimeZone).addingTimeInterval(18 * 3600)
  }

  /// What makes two records the same work entered twice: unit, item, period, done-on day
  /// and values (a note or the person may be retyped differently; the work is the same).
  static func sameness(_ r: LedgerRecord) -> String {
    let values = r.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    return [r.key.unitID, r.key.itemID, r.key.period, r.doneOn, values.joined(separator: ";")]
      .joined(separator: "\u{1}")
  }
}
