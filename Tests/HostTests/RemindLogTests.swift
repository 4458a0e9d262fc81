import Foundation
import Testing

@testable import Host

/// The remind log's timestamps read as ISO 8601 in UTC, as Foundation writes them.
@Suite("Remind log")
struct RemindLogTests {
  @Test(arguments: [0, 951_782_400, 1_791_763_205, 4_102_444_799])
  func stampsMatchFoundation(_ seconds: Int) {
    let expected = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(seconds)))
    #expect(RemindLog.stamp(time_t(seconds)) == expected)
  }

  @Test func linesAreAppendedWithTheirStamp() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("remind-log-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("remind.log").path
    let log = RemindLog(path: path)
    log.write("第一行")
    log.write("第二行")
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[1].hasSuffix("] 第二行"))
    #expect(ISO8601DateFormatter().date(from: String(lines[0].prefix(20))) != nil)
  }
}
