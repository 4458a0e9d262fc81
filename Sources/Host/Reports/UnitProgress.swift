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
    /// Not done, and due before the day judged (or on it, once that day is over).
    case overdue
    /// Not yet late: due after the day judged, or on it while that day lasts.
    case open
  }

  /// One occurrence with what the ledger holds for it.
  public struct Entry {
    /// The item.
    public let item: ChecklistItem
    /// The occurrence.
    public let occurrence: Scheduling.Occurrence
    /// Its records, oldest first (empty for a roll-up's children, which only count them).
    public let records: [LedgerRecord]
    /// How many records it has.
    public let recordCount: Int
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
  /// Work not done and due before this day is overdue: the day after `asOf` once that day
  /// is over, else `asOf` (see `AsOf.overdueBefore`).
  public let overdueBefore: CivilDate
  /// Every occurrence, in item declaration order then due day (empty for a roll-up's
  /// children, which keep only their per-item tallies).
  public let entries: [Entry]
  /// Per item: how its occurrences stand, in declaration order.
  public let items: [ItemTally]

  /// One item's occurrences counted by status.
  public struct ItemTally {
    /// The item.
    public let item: ChecklistItem
    /// Occurrences in the period.
    public var total = 0
    /// Occurrences done.
    public var done = 0
    /// Occurrences overdue.
    public var overdue = 0
    /// Occurrences done, and for a metric on target.
    public var achieved = 0
    /// Occurrences counted for completion: due by the day judged, or done.
    public var counted: Int { done + overdue }
    /// Occurrences not yet due.
    public var open: Int { total - counted }
  }

  /// Occurrences counted for completion (due by the day judged, or done).
  public var counted: Int { items.reduce(0) { $0 + $1.counted } }
  /// Occurrences done.
  public var done: Int { items.reduce(0) { $0 + $1.done } }
  /// Occurrences overdue.
  public var overdue: Int { items.reduce(0) { $0 + $1.overdue } }
  /// Occurrences not yet due.
  public var open: Int { items.reduce(0) { $0 + $1.open } }
  /// Occurrences in the period.
  public var total: Int { items.reduce(0) { $0 + $1.total } }
  /// Done over counted, in percent; 100 when nothing was due yet.
  public var completionRate: Double { Self.rate(done, counted) }

  static func rate(_ done: Int, _ counted: Int) -> Double {
    counted == 0 ? 100 : Double(done) * 100 / Double(counted)
  }

  /// An item's occurrences in the period, the keys their records are found by, and their
  /// slots: numbers shared by the units whose occurrences are expanded alike.
  struct Planned {
    let item: ChecklistItem
    let occurrences: [Scheduling.Occurrence]
    let keys: [String]
    let slots: [Int]
  }

  /// What the ledger holds for one occurrence: its records (or only their number) and
  /// the latest record's values.
  struct Found {
    var count = 0
    var records: [LedgerRecord] = []
    var latestValues: [String: Double]?
  }

  /// Builds the progress from the planned occurrences, asking `found` what was read for
  /// each by its slot and its key (`key(item, period)`).
  /// With `detail`, every occurrence is kept as an entry; without, only the tallies.
  static func build(
    unit: OrgUnit, planned: [Planned],
    period: Scheduling.PeriodKey, days: ClosedRange<CivilDate>, asOf: CivilDate,
    overdueBefore: CivilDate, detail: Bool, found: (_ slot: Int, _ key: String) -> Found
  ) -> UnitProgress {
    var entries: [Entry] = []
    var tallies: [ItemTally] = []
    tallies.reserveCapacity(planned.count)
    for line in planned {
      let item = line.item
      var tally = ItemTally(item: item)
      for index in line.occurrences.indices {
        let occurrence = line.occurrences[index]
        let f = found(line.slots[index], line.keys[index])
        let status: Status =
          f.count >= occurrence.quota ? .done : (occurrence.due < overdueBefore ? .overdue : .open)
        let value = item.target.flatMap { target in
          f.latestValues.flatMap { MetricCheck.value(of: $0, for: target) }
        }
        tally.total += 1
        if status == .done {
          tally.done += 1
          if value.map({ MetricCheck.meets($0, item.target!) }) != false { tally.achieved += 1 }
        }
        if status == .overdue { tally.overdue += 1 }
        if detail {
          entries.append(
            Entry(
              item: item, occurrence: occurrence, records: f.records, recordCount: f.count,
              status: status, value: value))
        }
      }
      if tally.total > 0 { tallies.append(tally) }
    }
    return UnitProgress(
      unit: unit, period: period, days: days, asOf: asOf, overdueBefore: overdueBefore,
      entries: entries, items: tallies)
  }

  /// The lookup key of an occurrence's records.
  static func key(_ item: String, _ period: String) -> String { "\(item)\u{1F}\(period)" }
}

/// Reads a metric's value from a record and checks it against the target.
enum MetricCheck {
  /// From a record's values: a rate (numerator over denominator, in percent) or the single
  /// value (the first by name when there are several).
  static func value(of values: [String: Double], for target: MetricTarget) -> Double? {
    if let n = target.numerator, let d = target.denominator {
      guard let num = values[n], let den = values[d], den != 0 else { return nil }
      return num * 100 / den
    }
    return values.keys.sorted().first.flatMap { values[$0] }
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
