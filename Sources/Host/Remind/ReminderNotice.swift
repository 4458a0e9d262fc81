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

  /// The compact JSON kept in `Delivery.message`.
  func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
  }

  /// The notice of a stored delivery; an unreadable one falls back to its key.
  static func decoded(from delivery: Delivery) -> ReminderNotice {
    if let notice = try? JSONDecoder().decode(ReminderNotice.self, from: Data(delivery.message.utf8)) {
      return notice
    }
    let k = delivery.key
    return ReminderNotice(
      unit: k.unitID, unitName: k.unitID, item: k.itemID, title: k.itemID, period: k.period,
      due: "", urgency: .due, role: "", daysLate: 0)
  }
}
