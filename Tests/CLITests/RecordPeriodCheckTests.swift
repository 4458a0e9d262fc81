import Foundation
import Testing

/// A period is accepted only when the item's schedule produces it for the unit.
@Suite("record checks the period against the item's schedule")
struct RecordPeriodCheckTests {
  /// A ledger with a school keeping two terms (spring and autumn 2026).
  func ledger() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    let units = cli.folder.appendingPathComponent("units.csv")
    try """
    id,name,type,parent,attributes,terms
    hx-xx,河西小学,school,,,2026春季学期=2026-03-02..2026-07-10;2026秋季学期=2026-09-01..2027-01-22

    """.write(to: units, atomically: true, encoding: .utf8)
    #expect(try cli.run("unit", "import", units.path).status == 0)
    return cli
  }

  @Test(
    "an impossible or mismatched period is refused with the expected form, and nothing is written",
    arguments: [
      ("health.eye_exercise", "2026-11-31", "该事项按日登记，期次应形如 2026-"),
      ("health.eye_exercise", "2026-02-30", "该事项按日登记，期次应形如 2026-"),
      ("health.eye_exercise", "2026-Q4", "该事项按日登记，期次应形如 2026-"),
      ("integrity.affairs_open", "2026-W47", "该事项按月登记，期次应形如 2026-11"),
      ("integrity.affairs_open", "2026-11-23", "该事项按月登记，期次应形如 2026-11"),
      ("safety.building_check", "2026-T3", "该事项按学期登记，期次应形如 2026-T"),
      ("safety.building_check", "2025-T2", "该事项按学期登记，期次应形如 2026-T"),
      ("moral.flag_raising", "2026-11", "该事项按周登记，期次应形如 2026-W"),
    ])
  func refused(item: String, period: String, expected: String) throws {
    let cli = try ledger()
    let before = try cli.run("audit", "--json").stdout
    let result = try cli.run("record", item, "--unit", "hx-xx", "--period", period)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains(period), "\(result.stderr)")
    #expect(result.stderr.contains(expected), "\(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
    #expect(try cli.run("audit", "--json").stdout == before)
  }

  @Test("a weekend day for an item due on workdays is refused with the nearest days")
  func weekendDay() throws {
    let result = try ledger().run(
      "record", "health.eye_exercise", "--unit", "hx-xx", "--period", "2026-11-28")
    #expect(result.status == 2)
    #expect(result.stderr.contains("2026-11-27"), "\(result.stderr)")
  }

  @Test(
    "a period the schedule produces is recorded",
    arguments: [
      ("health.eye_exercise", "2026-11-27"), ("integrity.affairs_open", "2026-11"),
      ("safety.building_check", "2026-T2"), ("safety.building_check", "2026-T1"),
      ("moral.flag_raising", "2026-W47"),
    ])
  func accepted(item: String, period: String) throws {
    let result = try ledger().run("record", item, "--unit", "hx-xx", "--period", period)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(period))
  }

  @Test("a term item for a school without terms says to set the terms")
  func noTerms() throws {
    let cli = try ledger()
    try cli.run("unit", "add", "bq-xx", "--name", "白泉小学", "--type", "school")
    let result = try cli.run(
      "record", "safety.building_check", "--unit", "bq-xx", "--period", "2026-T2")
    #expect(result.status == 2)
    #expect(result.stderr.contains("学期"), "\(result.stderr)")
  }

  @Test("record import refuses the whole file at the first mismatched period, naming file and line")
  func importRefused() throws {
    let cli = try ledger()
    let before = try cli.run("audit", "--json").stdout
    let file = cli.folder.appendingPathComponent("entries.csv")
    try """
    unit,item,period
    hx-xx,integrity.affairs_open,2026-11
    hx-xx,health.eye_exercise,2026-11-27
    hx-xx,integrity.affairs_open,2026-W47

    """.write(to: file, atomically: true, encoding: .utf8)
    let result = try cli.run("record", "import", file.path)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("entries.csv:4:"), "\(result.stderr)")
    #expect(result.stderr.contains("该事项按月登记，期次应形如 2026-11"), "\(result.stderr)")
    #expect(try cli.run("audit", "--json").stdout == before)
  }
}
