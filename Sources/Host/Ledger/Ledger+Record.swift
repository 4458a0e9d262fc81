import Foundation
import Storage

/// What `taizhang record` asks for, as typed on the command line.
public struct RecordRequest: Sendable {
  /// The item id.
  public var itemID: String
  /// The unit id.
  public var unitID: String
  /// The period key; nil means the current month.
  public var period: String?
  /// A note.
  public var note: String?
  /// `key=value` numeric values.
  public var values: [String]
  /// Evidence file paths.
  public var evidence: [String]
  /// The person who did it.
  public var by: String?
  /// The day the work was done (`YYYY-MM-DD`); nil means today in Beijing time.
  public var doneOn: String?

  /// Creates a request.
  public init(
    itemID: String, unitID: String, period: String? = nil, note: String? = nil,
    values: [String] = [], evidence: [String] = [], by: String? = nil, doneOn: String? = nil
  ) {
    self.itemID = itemID
    self.unitID = unitID
    self.period = period
    self.note = note
    self.values = values
    self.evidence = evidence
    self.by = by
    self.doneOn = doneOn
  }
}

/// A record as entered, with what its confirmation says about timing.
public struct RecordedWork: Sendable {
  /// The stored record.
  public var record: LedgerRecord
  /// The last due day of its period (`YYYY-MM-DD`), when the unit's plugin has the item.
  public var due: String?
  /// Whether it was entered after its period's due day (补录).
  public var isLate: Bool
}

extension Ledger {
  /// Checks a request completely, then records it. Nothing is written when any part is
  /// wrong. With `catalog`, the item must be one of the unit's plugin and the period one
  /// its schedule has for the unit (checked after the other arguments, so their messages
  /// come first); for a unit no plugin serves any item id and real period is accepted.
  /// The work must be done on or before today; it may be entered late (补录).
  public func record(_ request: RecordRequest, catalog: PluginCatalog? = nil, now: Date = Date()) throws -> RecordedWork {
    guard !request.itemID.isEmpty, !request.itemID.contains(where: \.isWhitespace) else {
      throw UsageError("事项编号 \"\(request.itemID)\" 不能为空或包含空白")
    }
    if let period = request.period, !PeriodKey.isValid(period) {
      throw UsageError("期间 \"\(period)\" 格式不对：应为 2026、2026-11、2026-W47、2026-Q4、2026-H2、2026-T1 或 2026-11-23")
    }
    let today = RecordPeriods.today(at: now)
    let doneOn = try RecordPeriods.doneOn(request.doneOn, today: today) {
      UsageError("--on \($0)，例如 --on \(today)")
    }
    let unit = try unit(request.unitID)
    if let by = request.by { _ = try person(by) }
    let values = try Self.parseValues(request.values)
    let files = try request.evidence.map { path -> URL in
      let url = URL(fileURLWithPath: DatabaseLocation.absolute(path))
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue, FileManager.default.isReadableFile(atPath: url.path)
      else { throw UsageError("证明材料文件 \"\(path)\" 不存在或无法读取", exitCode: 1) }
      return url
    }
    try catalog?.checkItem(request.itemID, unitType: unit.type)
    var periods = try RecordPeriods(catalog: catalog)
    let (period, due) = try periods.check(
      request.period ?? periods.current(itemID: request.itemID, unit: unit, on: doneOn)
        ?? LedgerCalendar.monthKey(of: now),
      itemID: request.itemID, unit: unit)
    let record = LedgerRecord(
      key: OccurrenceKey(unitID: request.unitID, itemID: request.itemID, period: period),
      doneAt: now, doneOn: doneOn.description, byPersonID: request.by, note: request.note,
      values: values)
    return RecordedWork(
      record: try store.addRecord(record, evidenceFiles: files, by: actor),
      due: due?.description, isLate: due.map { today > $0 } ?? false)
  }

  /// Removes the latest record of an item for a unit and period (default: this month).
  public func undoRecord(itemID: String, unitID: String, period: String?, now: Date = Date())
    throws -> LedgerRecord
  {
    let period = period ?? LedgerCalendar.monthKey(of: now)
    guard PeriodKey.isValid(period) else {
      throw UsageError("期间 \"\(period)\" 格式不对：应为 2026、2026-11、2026-W47、2026-Q4、2026-H2、2026-T1 或 2026-11-23")
    }
    _ = try unit(unitID)
    return try store.undoLatestRecord(
      of: OccurrenceKey(unitID: unitID, itemID: itemID, period: period), by: actor)
  }

  /// Parses `key=number` arguments.
  public static func parseValues(_ items: [String]) throws -> [String: Double] {
    var values: [String: Double] = [:]
    for item in items {
      guard let eq = item.firstIndex(of: "=") else {
        throw UsageError("数值 \"\(item)\" 应写成 名称=数字，例如 参训人数=42")
      }
      let key = String(item[..<eq]).trimmingCharacters(in: .whitespaces)
      let text = String(item[item.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
      guard !key.isEmpty, let number = Double(text), number.isFinite else {
        throw UsageError("数值 \"\(item)\" 应写成 名称=数字，例如 参训人数=42")
      }
      guard values[key] == nil else { throw UsageError("数值 \"\(key)\" 重复") }
      values[key] = number
    }
    return values
  }

  /// Audit entries for a unit and/or from a day (`YYYY-MM-DD`) on.
  public func audit(unitID: String?, since: String?) throws -> [AuditEntry] {
    var from: Date?
    if let since {
      guard let day = LedgerCalendar.day(since) else {
        throw UsageError("日期 \"\(since)\" 格式不对：应为 YYYY-MM-DD，例如 2026-11-01")
      }
      from = day
    }
    if let unitID, try store.unit(unitID) == nil {
      // A removed unit still has its trail; only refuse ids never seen.
      let trail = try store.auditEntries(unitID: unitID, since: nil)
      if trail.isEmpty { _ = try unit(unitID) }
    }
    return try store.auditEntries(unitID: unitID, since: from)
  }

  /// Writes a consistent backup (database and evidence) into a new folder.
  public func backup(to path: String) throws {
    try store.backup(to: URL(fileURLWithPath: DatabaseLocation.absolute(path)))
  }

  /// Restores from a backup folder.
  public func restore(from path: String) throws {
    try store.restore(from: URL(fileURLWithPath: DatabaseLocation.absolute(path)), by: actor)
  }
}
