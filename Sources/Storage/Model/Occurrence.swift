/// The stable identity of one item due once for one unit: (unit, item, period).
public struct OccurrenceKey: Sendable, Equatable, Hashable, Codable {
  /// The unit's id.
  public var unitID: String
  /// The item's id from the unit's plugin.
  public var itemID: String
  /// The period key, e.g. `2026-11`, `2026-W47`, `2026-Q4`, `2026-T1`, `2026`.
  public var period: String

  /// Creates a key.
  public init(unitID: String, itemID: String, period: String) {
    self.unitID = unitID
    self.itemID = itemID
    self.period = period
  }
}

/// One item due once for one unit, with its due date when the scheduler knows it.
public struct Occurrence: Sendable, Equatable, Codable {
  /// The identity.
  public var key: OccurrenceKey
  /// Due date `YYYY-MM-DD`, if known.
  public var due: String?

  /// Creates an occurrence.
  public init(key: OccurrenceKey, due: String? = nil) {
    self.key = key
    self.due = due
  }
}
