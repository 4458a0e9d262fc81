import Foundation
import Testing

/// `taizhang calendar` end to end: runs the built binary (TAIZHANG_BIN, or the debug build
/// next to the tests) against the shipped Plugins/.
@Suite struct CalendarCommandTests {
  static let repo = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["TAIZHANG_BIN"] {
      return URL(fileURLWithPath: path)
    }
    return repo.appendingPathComponent(".build/debug/taizhang")
  }

  func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.currentDirectoryURL = Self.repo
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }

  @Test func workingSaturday() throws {
    let r = try run(["calendar", "day", "2026-10-10"])
    #expect(r.status == 0)
    #expect(r.out.contains("星期六"))
    #expect(r.out.contains("调休上班"))
    #expect(r.out.contains("国庆节"))
  }

  @Test func springFestivalEve() throws {
    let r = try run(["calendar", "day", "2026-02-16"])
    #expect(r.out.contains("春节假期"))
    #expect(r.out.contains("腊月廿九"))
  }

  @Test func lastWorkdayOfEachMonth() throws {
    let r = try run([
      "calendar", "next", "monthly on last workday", "--from", "2026-01-01",
      "--count", "12", "--json",
    ])
    #expect(r.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
    let dues = (json?["occurrences"] as? [[String: Any]])?.compactMap { $0["due"] as? String }
    #expect(
      dues == [
        "2026-01-30", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-29", "2026-06-30",
        "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-30", "2026-11-30", "2026-12-31",
      ])
  }

  @Test func badRuleExitsWithTwoAndAColumn() throws {
    let r = try run(["calendar", "next", "every 2 weeks on thurs"])
    #expect(r.status == 2)
    #expect(r.err.contains("unknown weekday \"thurs\" at column 18; expected mon … sun"))
  }

  @Test func monthGridMarksHolidays() throws {
    let r = try run(["calendar", "month", "2026-10"])
    #expect(r.status == 0)
    #expect(r.out.contains("1休"))
    #expect(r.out.contains("10班"))
  }
}
