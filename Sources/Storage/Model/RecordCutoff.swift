import Foundation

/// Which records a judgement "as of" a day counts: work done by that day and entered by
/// its end. A record entered later (补录 after the day) is not counted, so a report for a
/// past day gives the same figures whenever it is rendered.
public struct RecordCutoff: Sendable, Hashable {
  /// The last day of work counted, `YYYY-MM-DD`.
  public let doneOn: String
  /// Records entered at or after this moment are not counted.
  public let enteredBefore: Date

  /// The cutoff for the day `year-month-day` (a valid calendar date), its end taken in `zone`.
  public init(year: Int, month: Int, day: Int, zone: TimeZone) {
    doneOn = String(format: "%04d-%02d-%02d", year, month, day)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let start = calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date.distantFuture
    enteredBefore = start.addingTimeInterval(86_400)
  }

  /// Whether the record counts.
  public func admits(_ record: LedgerRecord) -> Bool {
    record.doneOn <= doneOn && record.doneAt < enteredBefore
  }

  /// The SQL condition on a record table aliased `alias`, as ` AND …` (the values are a
  /// formatted date and an integer, never user text).
  package func sql(_ alias: String) -> String {
    " AND \(alias).done_on <= '\(doneOn)' AND \(alias).done_at < \(StoredTime.millis(enteredBefore))"
  }
}
