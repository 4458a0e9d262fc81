import Foundation
import Testing

/// The morning run says once, in its summary, when the days it judges (and the month ahead
/// it warns about) fall in a year without holiday data — 2027 has none in the shipped data.
@Suite("remind warns about years without holiday data")
struct RemindHolidayCoverageTests {
  func school() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    let r = try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school", "--attribute", "学段=小学")
    #expect(r.status == 0, "\(r.stderr)")
    return cli
  }

  @Test("a run in December looks into January 2027 and says so; one in November does not")
  func december() throws {
    let cli = try school()
    let december = try cli.run("remind", "--now", "2026-12-10", "--dry-run", "--json")
    let json = try JSONSerialization.jsonObject(with: Data(december.stdout.utf8)) as? [String: Any] ?? [:]
    #expect(json["missing_holiday_years"] as? [Int] == [2027], "\(december.stdout.prefix(400))")
    #expect((json["summary"] as? String ?? "").contains("注意：2027 年没有节假日数据"))
    #expect(json["exit_code"] as? Int == 0)  // a warning, not a failure

    let november = try cli.run("remind", "--now", "2026-11-02", "--dry-run", "--json")
    let quiet = try JSONSerialization.jsonObject(with: Data(november.stdout.utf8)) as? [String: Any] ?? [:]
    #expect(quiet["missing_holiday_years"] as? [Int] == [])
    #expect(!(quiet["summary"] as? String ?? "").contains("节假日数据"))
  }
}
