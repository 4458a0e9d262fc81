import Foundation
import Scheduling

/// What the history remembers of an item: the parts that decide when it is due and how it
/// is judged — schedule, weight, target, whether an `applies` rule limits it — or that it
/// was dropped. Kept as canonical JSON (sorted keys), so equal texts are equal definitions.
public struct ItemDefinition: Equatable, Sendable {
  /// The schedule in canonical rule text (`monthly on 27`).
  public var every: String
  /// The scoring weight.
  public var weight: Double
  /// A metric's target.
  public var target: MetricTarget?
  /// Whether an `applies` function limits the item (its code is not kept).
  public var applies: Bool
  /// Whether the item was dropped from the checklist.
  public var removed: Bool

  /// The definition of a declared item.
  public init(_ item: ChecklistItem) {
    every = item.schedule.description
    weight = item.weight
    target = item.target
    applies = item.applies != nil
    removed = false
  }

  private init(every: String, weight: Double, target: MetricTarget?, applies: Bool, removed: Bool) {
    self.every = every
    self.weight = weight
    self.target = target
    self.applies = applies
    self.removed = removed
  }

  /// An item no longer in the checklist.
  public static let removed = ItemDefinition(every: "", weight: 0, target: nil, applies: false, removed: true)

  /// The canonical JSON text.
  public var json: String {
    var object: [String: Any] = removed ? ["removed": true] : ["every": every, "weight": weight, "applies": applies]
    if let target {
      var t: [String: Any] = [:]
      if let v = target.atLeast { t["at_least"] = v }
      if let v = target.atMost { t["at_most"] = v }
      if let v = target.equals { t["equals"] = v }
      if let v = target.unit { t["unit"] = v }
      if let v = target.numerator { t["numerator"] = v }
      if let v = target.denominator { t["denominator"] = v }
      object["target"] = t
    }
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// Reads the canonical JSON text; nil when it is not a definition.
  public init?(json text: String) {
    guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
      return nil
    }
    if object["removed"] as? Bool == true {
      self = .removed
      return
    }
    guard let every = object["every"] as? String else { return nil }
    var target: MetricTarget?
    if let t = object["target"] as? [String: Any] {
      target = MetricTarget(
        atLeast: (t["at_least"] as? NSNumber)?.doubleValue, atMost: (t["at_most"] as? NSNumber)?.doubleValue,
        equals: (t["equals"] as? NSNumber)?.doubleValue, unit: t["unit"] as? String,
        numerator: t["numerator"] as? String, denominator: t["denominator"] as? String)
    }
    self.init(
      every: every, weight: (object["weight"] as? NSNumber)?.doubleValue ?? 1, target: target,
      applies: object["applies"] as? Bool ?? false, removed: false)
  }
}
