import Foundation
import Testing

@testable import Host

/// `--now` is read by hand, without ICU: the instants it gives are checked against UTC
/// times written down for Beijing time (UTC+8), and every malformed form is refused.
@Suite("remind --now")
struct RemindOptionsTests {
  let beijing = TimeZone(identifier: "Asia/Shanghai")!

  @Test(arguments: [
    ("2026-10-12", "2026-10-12T00:00:00Z"),  // a date alone: 08:00 Beijing time
    ("2026-10-12T09:30", "2026-10-12T01:30:00Z"),
    ("2026-10-12 23:59", "2026-10-12T15:59:00Z"),
    ("2026-10-12T00:00:05", "2026-10-11T16:00:05Z"),
    ("2028-02-29T12:00", "2028-02-29T04:00:00Z"),
  ])
  func readsTheDocumentedForms(_ text: String, _ utc: String) throws {
    let expected = try #require(ISO8601DateFormatter().date(from: utc))
    #expect(try RemindOptions.parseNow(text, in: beijing) == expected)
  }

  @Test(arguments: [
    "", "明天", "2026-13-01", "2027-02-29", "2026-10-12T24:00", "2026-10-12T09:60", "2026-10-12T9:00",
    "2026-10-12X09:00", "2026-10-12T09", "2026-10-12T09:00:00:00", "2026-10-12T+9:00", "2026-10-12T",
  ])
  func refusesEverythingElse(_ text: String) {
    #expect(throws: UsageError.self) { try RemindOptions.parseNow(text, in: beijing) }
  }
}
