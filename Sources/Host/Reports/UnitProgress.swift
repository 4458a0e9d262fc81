import Foundation
import Scheduling
import Storage

/// One unit's work in one period: every occurrence of its applicable items with its status
/// and records, judged as of a day. The report context, the score and a roll-up's child
/// results are all read from it.
public struct UnitProgress {
  /// Where an occurrence stands on the day judged.
  public enum Status: String, Sendable {
    /// Recorded (for a quota, recorded often enough).
    case done
    /// Past its due day and not done.
    case overdue
    /// Not yet due.
    case open
  }

  /// One occurrence with what the ledger holds for it.
  public struct Entry {
    /// The item.
    public let item: ChecklistItem
    /// The occurrence.
    public let occurrence: Scheduling.Occurrence
    /// Its records, oldest first.
    public let records: [LedgerRecord]
    /// Its status.
    public let status: Status
    /// A metric's value from its latest record (a rate in percent).
    public let value: Double?

    /// Whether a metric's value meets its target; nil for other items or without a value.
    public var targetMet: Bool? {
      guard let target = item.target, let value else { return nil }
      return MetricCheck.meets(value, target)
    }

    /// Whether it counts as achieved for scoring: done, and a metric on target.
    public var achieved: Bool { status == .done && targetMet != false }
    /// Whether it counts for completion: due by the day judged, or already done.
    public var counted: Bool { status != .open }
  }

  /// The unit.
  public let unit: OrgUnit
  /// The period.
  public let period: Scheduling.PeriodKey
  /// Its days.
  public let days: ClosedRange<CivilDate>
  /// The day statuses are judged on.
  public let asOf: CivilDate
  /// Every occurrence, in item declaration order then due day.
  public let entries: [Entry]

  /// Occurrences counted for completion (due by the day judged, or done).
  public var counted: Int { entries.filter(\.counted).count }
  /// Occurrences done.
  public var done: Int { entries.filter { $0.status == .done }.count }
  /// Occurrences overdue.
  public var overdue: Int { entries.filter { $0.status == .overdue }.count }
  /// Occurrences not yet due.
  public var open: Int { entries.filter { $0.status == .open }.count }
  /// Done over counted, in percent; 100 when nothing was due yet.
  public var completionRate: Double { Self.rate(done, counted) }

  static func rate(_ done: Int, _ counted: Int) -> Double {
    counted == 0 ? 100 : Double(done) * 100 / Double(counted)
  }

  /// Builds the progress from the planned occurrences and the records read for the unit.
  static func build(
    unit: OrgUnit, planned: [(item: ChecklistItem, occurrences: [Scheduling.Occurrence])],
    period: Scheduling.PeriodKey, days: ClosedRange<CivilDate>, asOf: CivilDate,
    records: [String: [LedgerRecord]]
  ) -> UnitProgress {
    var entries: [Entry] = []
    for (item, occurrences) in planned {
      for occurrence in occurrences {
        let found = records[Self.key(item.id, occurrence.period.description)] ?? []
        let status: Status =
          found.count >= occurrence.quota ? .done : (occurrence.due < asOf ? .overdue : .open)
        let value = item.target.flatMap { target in found.last.flatMap { MetricCheck.value(of: $0, for: target) } }
        entries.append(Entry(item: item, occurrence: occurrence, records: found, status: status, value: value))
      }
    }
    return UnitProgress(unit: unit, period: period, days: days, asOf: asOf, entries: entries)
  }

  /// The lookup key of an occurrence's records.
  static func key(_ item: String, _ period: String) -> String { "\(item)\u{1F}\(period)" }
}

/// Reads a metric's value from a record and checks it against the target.
enum MetricCheck {
  /// A rate (numerator and denominator, in percent) or the record's single value (the
  /// first by name when there are several).
  static func value(of record: LedgerRecord, for target: MetricTarget) -> Double? {
    if let n = target.numerator, let d = target.denominator {
      guard let num = record.values[n], let den = record.values[d], den != 0 else { return nil }
      return num * 100 / den
    }
    return record.values.keys.sorted().first.flatMap { record.values[$0] }
  }

  /// Whether `value` meets every bound of the target.
  static func meets(_ value: Double, _ target: MetricTarget) -> Bool {
    if let least = target.atLeast, value < least - 1e-9 { return false }
    if let most = target.atMost, value > most + 1e-9 { return false }
    if let equals = target.equals, abs(value - equals) > 1e-9 { return false }
    return true
  }

  /// The target as text: "≥ 80%", "≤ 0起", "= 100%".
  static func text(_ target: MetricTarget) -> String {
    let unit = target.unit ?? ""
    var parts: [String] = []
    if let v = target.atLeast { parts.append("≥ \(ReportNumber.text(v))\(unit)") }
    if let v = target.atMost { parts.append("≤ \(ReportNumber.text(v))\(unit)") }
    if let v = target.equals { parts.append("= \(ReportNumber.text(v))\(unit)") }
    return parts.joined(separator: "，")
  }
}
