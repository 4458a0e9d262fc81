import Foundation
import Scheduling
import Storage

/// One message: all of a recipient's deliveries on one channel from one claim, grouped
/// by unit and urgency. Its id is a hash of the delivery ids, so the same deliveries always
/// make the same message (file name, Message-ID) — an interrupted send repeated later is
/// recognised instead of sent twice where the channel can tell (the outbox folder).
public struct Digest {
  /// The recipient's person id.
  public let recipientID: String
  /// The person, when they exist.
  public let person: Person?
  /// The channel.
  public let channel: ChannelConfig
  /// The deliveries it carries, by id.
  public let deliveries: [Delivery]
  /// Their notices, most urgent first, then by unit and due day.
  let notices: [ReminderNotice]

  /// `known` holds the notices already in memory, aligned with `deliveries` (nil, or
  /// missing at the end: read from the delivery's stored text).
  init(
    recipientID: String, person: Person?, channel: ChannelConfig, deliveries: [Delivery],
    known: [ReminderNotice?] = []
  ) {
    self.recipientID = recipientID
    self.person = person
    self.channel = channel
    self.deliveries = deliveries.sorted { $0.id < $1.id }
    var seen: Set<String> = []
    notices = deliveries.indices.map { i in
      (i < known.count ? known[i] : nil) ?? ReminderNotice.decoded(from: deliveries[i])
    }.sorted {
      ($0.unit, $0.urgency.rank, $0.due, $0.item) < ($1.unit, $1.urgency.rank, $1.due, $1.item)
    }.filter { seen.insert("\($0.unit)\u{0}\($0.item)\u{0}\($0.period)").inserted }
  }

  /// A stable id: the first delivery id and a hash of all of them.
  public var id: String {
    var sha = SHA256()
    sha.update(Array(deliveries.map { String($0.id) }.joined(separator: ",").utf8))
    let hash = SHA256.hexString(sha.finalize()).prefix(12)
    return String(format: "%08lld", deliveries.first?.id ?? 0) + "-" + hash
  }

  /// The address on this channel, nil when the channel needs none; throws when it needs
  /// one the person lacks.
  public func address() throws -> String? {
    guard let key = channel.contact else { return nil }
    guard let value = person?.contacts[key], !value.isEmpty else {
      let who = person.map { "\($0.name)（\($0.id)）" } ?? "人员 \(recipientID)（已不在名册）"
      throw ChannelError("\(who)没有“\(key)”联系方式，渠道 \(channel.name) 无法送达")
    }
    return value
  }

  /// The subject and text in `templates`, dated `day`.
  public func compose(_ templates: MessageTemplates, day: CivilDate) -> (subject: String, text: String) {
    let count = String(notices.count)
    let date = day.description
    let name = person?.name ?? recipientID
    var lines = [
      templates.fill("greeting", ["name": name]), "",
      templates.fill("intro", ["date": date, "count": count, "name": name]),
    ]
    // Checklist items first; open findings in a section of their own (整改事项).
    let findings = notices.filter { FindingReminders.isFinding($0.item) }
    lines += Self.lines(notices.filter { !FindingReminders.isFinding($0.item) }, templates, line: "item")
    if !findings.isEmpty {
      lines += ["", templates.fill("findings", [:])]
      lines += Self.lines(findings, templates, line: "finding")
    }
    lines += ["", templates.fill("footer", [:])]
    let subject = templates.fill("subject", ["date": date, "count": count, "name": name])
    return (subject, lines.joined(separator: "\n") + "\n")
  }
}

extension Digest {
  /// The lines of `notices`, grouped by unit and urgency, each filled into the `line` template.
  static func lines(_ notices: [ReminderNotice], _ templates: MessageTemplates, line key: String) -> [String] {
    var lines: [String] = []
    var lastUnit = ""
    var lastUrgency: ReminderStage.Urgency?
    for n in notices {
      if n.unit != lastUnit {
        lines += ["", templates.fill("unit", ["unit": n.unitName, "id": n.unit])]
        lastUnit = n.unit
        lastUrgency = nil
      }
      if n.urgency != lastUrgency {
        lines.append(templates.fill(n.urgency.rawValue, [:]))
        lastUrgency = n.urgency
      }
      let late = n.daysLate > 0 ? templates.fill("late", ["days": String(n.daysLate)]) : ""
      let id = FindingReminders.isFinding(n.item) ? "#" + n.item.dropFirst(FindingReminders.prefix.count) : n.item
      let item = templates.fill(key) { field in
        switch field {
        case "title": n.title
        case "period": n.period
        case "due": n.due
        case "role": n.role
        case "late": late
        case "id": id
        default: nil
        }
      }
      lines.append(trimmingTrailingSpaces(item))
    }
    return lines
  }

  /// `line` without the spaces an empty `{late}` leaves at its end; a line of nothing but
  /// spaces is kept as it is.
  static func trimmingTrailingSpaces(_ line: String) -> String {
    let bytes = line.utf8
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") {
      end = bytes.index(before: end)
    }
    return end == bytes.startIndex || end == bytes.endIndex ? line : String(line[..<end])
  }
}

/// A send that failed: what the channel said.
public struct ChannelError: Error, CustomStringConvertible {
  public let description: String
  public init(_ message: String) { description = message }
}
