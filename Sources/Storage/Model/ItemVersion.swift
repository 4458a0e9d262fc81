import Foundation

/// One version of a checklist item for a unit type: its definition (canonical JSON text
/// written by Host: schedule, target, weight, whether `applies` is set, or removal) and
/// the day it came into force.
public struct ItemVersion: Sendable, Hashable {
  /// The unit type the version is for.
  public var unitType: String
  /// The item's id.
  public var itemID: String
  /// The first day it is in force, `YYYY-MM-DD`; empty for the definitions found when
  /// the ledger first looked at the unit type (in force from the beginning).
  public var since: String
  /// The definition, canonical JSON text; equal texts are equal definitions.
  public var definition: String
  /// When the ledger first saw it.
  public var seenAt: Date

  /// Creates a version.
  public init(unitType: String, itemID: String, since: String, definition: String, seenAt: Date) {
    self.unitType = unitType
    self.itemID = itemID
    self.since = since
    self.definition = definition
    self.seenAt = seenAt
  }
}
