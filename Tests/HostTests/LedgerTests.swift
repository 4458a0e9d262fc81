import Foundation
import Storage
import Testing

@testable import Host

/// Database location, value parsing, dates.
@Suite("Ledger use cases")
struct LedgerTests {
  @Test func databaseLocation() {
    let env = ["HOME": "/home/li", "XDG_DATA_HOME": "/data/li"]
    #expect(DatabaseLocation.resolve(flag: "/srv/t.sqlite", environment: env) == "/srv/t.sqlite")
    #expect(
      DatabaseLocation.resolve(
        flag: nil, environment: env.merging(["TAIZHANG_DB": "/x/y.sqlite"]) { a, _ in a })
        == "/x/y.sqlite")
    #expect(
      DatabaseLocation.resolve(flag: nil, environment: env) == "/data/li/taizhang/taizhang.sqlite")
    #expect(
      DatabaseLocation.resolve(flag: nil, environment: ["HOME": "/home/li"])
        == "/home/li/.local/share/taizhang/taizhang.sqlite")
    // A PostgreSQL URL is taken as it is, from the flag or the environment.
    let url = "postgres://li@db.example:5432/taizhang?evidence=/srv/ev"
    #expect(DatabaseLocation.resolve(flag: url, environment: env) == url)
    #expect(
      DatabaseLocation.resolve(flag: nil, environment: env.merging(["TAIZHANG_DB": url]) { a, _ in a })
        == url)
  }

  @Test func values() throws {
    #expect(try Ledger.parseValues(["人数=42", "比例=0.5"]) == ["人数": 42, "比例": 0.5])
    #expect(throws: UsageError.self) { try Ledger.parseValues(["人数"]) }
    #expect(throws: UsageError.self) { try Ledger.parseValues(["人数=x"]) }
    #expect(throws: UsageError.self) { try Ledger.parseValues(["a=1", "a=2"]) }
  }

  @Test func days() {
    #expect(LedgerCalendar.day("2028-02-29") != nil)  // 2028 is a leap year
    #expect(LedgerCalendar.day("2026-02-29") == nil)
    #expect(LedgerCalendar.day("2026-2-1") == nil)
    // 2026-11-30T16:30Z is 2026-12-01 00:30 in Beijing time (UTC+8).
    #expect(LedgerCalendar.monthKey(of: Date(timeIntervalSince1970: 1_796_056_200)) == "2026-12")
  }
}
