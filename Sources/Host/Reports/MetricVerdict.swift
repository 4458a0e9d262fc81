/// A metric's verdict over a period, from all its occurrences due by the day judged — not
/// only the latest value: a daily "≥ 2 a day" check missed on 9 of 20 days is not on target,
/// whatever the last day's value was.
struct MetricVerdict {
  /// Occurrences counted (due by the day judged, or done).
  let counted: Int
  /// Occurrences done with a value on target.
  let metCount: Int

  /// The verdict of one item's entries in the period.
  init(_ entries: [UnitProgress.Entry]) {
    counted = entries.filter(\.counted).count
    metCount = entries.filter { $0.status == .done && $0.targetMet == true }.count
  }

  /// Occurrences counted but not done on target (missed, late, off target or no value).
  var missed: Int { counted - metCount }

  /// On target in every counted occurrence; nil when none was due yet.
  var met: Bool? { counted == 0 ? nil : missed == 0 }
}
