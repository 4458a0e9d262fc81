import Foundation
import Scheduling
import Storage

/// `taizhang calendar export`: a unit's (or one person's) upcoming open occurrences as an
/// iCalendar file (RFC 5545) that calendar apps import — stable UIDs, so importing again
/// updates instead of duplicating; times in Asia/Shanghai; lines folded at 75 octets.
public struct ICalendarExport {
  /// The unit.
  public var unitID: String
  /// Only the items of the roles this person holds in the unit.
  public var personID: String?
  /// How many days ahead, from `today`.
  public var days: Int
  /// The first day, `YYYY-MM-DD`; nil: today in Beijing.
  public var today: String?
  /// Site plugin folders.
  public var pluginFolders: [String]

  /// Creates an export.
  public init(unitID: String, personID: String?, days: Int, today: String?, pluginFolders: [String]) {
    self.unitID = unitID
    self.personID = personID
    self.days = days
    self.today = today
    self.pluginFolders = pluginFolders
  }

  /// The `.ics` text (CRLF line ends) and how many events it holds.
  public func render(ledger: Ledger, stamp: Date = Date()) throws -> (text: String, events: Int) {
    let unit = try ledger.unit(unitID)
    var roles: Set<String>?
    if let personID {
      _ = try ledger.person(personID)
      roles = Set(try ledger.store.roleAssignments(unitID: unitID, personID: personID).map(\.role))
    }
    let inputs = try ScheduleInputs(today: today, pluginFolders: pluginFolders)
    guard let plugin = inputs.catalog.serving(unitType: unit.type), plugin.isUsable else {
      throw UsageError("单位 \(unit.id)（\(unit.type)）没有可用的插件", exitCode: 1)
    }
    let schedule = UnitSchedule(unit: unit, calendar: inputs.calendar, siteTerms: inputs.catalog.siteTerms)
    let range = inputs.asOf...inputs.asOf.adding(days: days)
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//taizhang//remind//ZH", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape("台账：\(unit.name)"), "X-WR-TIMEZONE:Asia/Shanghai",
      "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
    ]
    let dtstamp = Self.utcStamp(stamp)
    var count = 0
    for item in schedule.applicableItems(of: plugin).items {
      if let roles, roles.isDisjoint(with: [item.owner] + item.cooperate) { continue }
      for o in schedule.occurrences(of: item, in: range) {
        guard try schedule.records(of: item, o, in: ledger.store) < o.quota else { continue }
        count += 1
        lines += ["BEGIN:VEVENT", "UID:" + Self.uid(unit.id, item.id, o.period.description), "DTSTAMP:" + dtstamp]
        if let time = o.time {
          lines.append("DTSTART;TZID=Asia/Shanghai:" + Self.local(o.due, minutes: time.start))
          lines.append("DTEND;TZID=Asia/Shanghai:" + Self.local(o.due, minutes: max(time.end, time.start + 1)))
        } else {
          lines.append("DTSTART;VALUE=DATE:" + Self.basic(o.due))
          lines.append("DTEND;VALUE=DATE:" + Self.basic(o.due.adding(days: 1)))
        }
        lines.append("SUMMARY:" + Self.escape(item.title))
        var description = "\(unit.name) · \(item.id) · \(o.period) · 负责：\(item.owner)"
        if let note = item.note { description += "\n" + note }
        lines += ["DESCRIPTION:" + Self.escape(description), "CATEGORIES:" + Self.escape(item.category), "TRANSP:TRANSPARENT", "END:VEVENT"]
      }
    }
    lines.append("END:VCALENDAR")
    return (lines.map(Self.fold).joined(separator: "\r\n") + "\r\n", count)
  }

  static func uid(_ unit: String, _ item: String, _ period: String) -> String {
    let raw = "\(unit)/\(item)/\(period)"
    let safe = raw.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-._/".unicodeScalars.contains($0)) ? String($0) : String(format: "%%%02X", $0.value) }
    return safe.joined() + "@taizhang"
  }

  static func basic(_ d: CivilDate) -> String { String(format: "%04d%02d%02d", d.year, d.month, d.day) }

  static func local(_ d: CivilDate, minutes: Int) -> String {
    basic(d) + String(format: "T%02d%02d00", minutes / 60, minutes % 60)
  }

  static func utcStamp(_ date: Date) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    return f.string(from: date)
  }

  /// TEXT escaping: backslash, semicolon, comma, newline.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
      .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
  }

  /// Folds a content line at 75 octets without splitting a UTF-8 sequence.
  static func fold(_ line: String) -> String {
    var out = ""
    var used = 0
    for character in line {
      let size = String(character).utf8.count
      if used + size > 75 {
        out += "\r\n "
        used = 1
      }
      out.append(character)
      used += size
    }
    return out
  }
}
