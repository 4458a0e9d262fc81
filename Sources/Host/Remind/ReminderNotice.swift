import Foundation
import Storage

/// What one delivery says, stored with it in the outbox so a retry days later sends the
/// same words: the unit, the item, the occurrence and how urgent it is.
struct ReminderNotice: Codable, Equatable {
  var unit: String
  var unitName: String
  var item: String
  var title: String
  var period: String
  var due: String
  var urgency: ReminderStage.Urgency
  var role: String
  var daysLate: Int

  /// The compact JSON kept in `Delivery.message`, keys sorted.
  func encoded() -> String {
    var w = JSONBuilder()
    w.object { w in
      w.key("daysLate")
      w.integer(daysLate)
      w.member("due", due)
      w.member("item", item)
      w.member("period", period)
      w.member("role", role)
      w.member("title", title)
      w.member("unit", unit)
      w.member("unitName", unitName)
      w.member("urgency", urgency.rawValue)
    }
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// The notice of a stored delivery; an unreadable one falls back to its key.
  static func decoded(from delivery: Delivery) -> ReminderNotice {
    if let notice = fast(delivery.message)
      ?? (try? JSONDecoder().decode(ReminderNotice.self, from: Data(delivery.message.utf8)))
    {
      return notice
    }
    let k = delivery.key
    return ReminderNotice(
      unit: k.unitID, unitName: k.unitID, item: k.itemID, title: k.itemID, period: k.period,
      due: "", urgency: .due, role: "", daysLate: 0)
  }

  /// What `encoded()` wrote, read without Foundation's decoder (a digest reads one per
  /// delivery); nil when a field is missing or of another type.
  private static func fast(_ text: String) -> ReminderNotice? {
    guard let fields = JSONText.flatObject(text) else { return nil }
    func string(_ key: String) -> String? {
      if case .string(let s) = fields[key] { s } else { nil }
    }
    guard case .integer(let daysLate) = fields["daysLate"], let unit = string("unit"),
      let unitName = string("unitName"), let item = string("item"), let title = string("title"),
      let period = string("period"), let due = string("due"), let role = string("role"),
      let urgency = string("urgency").flatMap(ReminderStage.Urgency.init(rawValue:))
    else { return nil }
    return ReminderNotice(
      unit: unit, unitName: unitName, item: item, title: title, period: period, due: due,
      urgency: urgency, role: role, daysLate: daysLate)
  }
}
