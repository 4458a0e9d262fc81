import Foundation
import Storage

extension Ledger {
  /// Imports ledger records from a CSV file in one transaction: all rows or none.
  /// Columns: `unit,item,period,note,values,by` (`values` as `名称=数字;名称=数字`);
  /// every unit, person and item is checked (items and periods against the unit's plugin
  /// when `catalog` is given) before anything is written. Returns the number of records.
  public func importRecords(from url: URL, catalog: PluginCatalog? = nil, now: Date = Date()) throws
    -> Int
  {
    let table = try CSVTable(
      text: try Self.readText(url), file: url.lastPathComponent,
      required: ["unit", "item", "period"],
      optional: ["note", "values", "by"])
    var periods = try RecordPeriods(catalog: catalog)
    var units: [String: OrgUnit] = [:]
    var people: Set<String> = []
    var records: [LedgerRecord] = []
    for row in table.rows {
      let unitID = try table.required(row, "unit"), itemID = try table.required(row, "item")
      let periodText = try table.required(row, "period")
      guard PeriodKey.isValid(periodText) else {
        throw table.error(row, "期间 \"\(periodText)\" 格式不对：应为 2026、2026-11、2026-W47、2026-Q4、2026-H2、2026-T1 或 2026-11-23")
      }
      if units[unitID] == nil {
        guard let unit = try store.unit(unitID) else {
          throw table.error(row, "单位 \"\(unitID)\" 不存在")
        }
        units[unitID] = unit
      }
      guard let unit = units[unitID] else { throw table.error(row, "单位 \"\(unitID)\" 不存在") }
      let period: String
      do {
        try catalog?.checkItem(itemID, unitType: unit.type)
        period = try periods.check(periodText, itemID: itemID, unit: unit)
      } catch let error as UserFacingError {
        throw CSVError(file: table.file, line: row.line, error.description, exitCode: error.exitCode)
      }
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
          key: OccurrenceKey(unitID: unitID, itemID: itemID, period: period), doneAt: now,
          byPersonID: by.isEmpty ? nil : by, note: note.isEmpty ? nil : note, values: values))
    }
    return try store.addRecords(records, by: actor)
  }
}
