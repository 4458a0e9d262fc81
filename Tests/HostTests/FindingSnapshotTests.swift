import Foundation
import LuaRuntime
import Scheduling
import Storage
import Testing

@testable import Host

/// Findings as a report sees them on a day, from a hand-built set of findings and events.
/// November 2026 starts on a Sunday; it has no holidays, so its working days are Monday to
/// Friday: 2–6, 9–13, 16–20, 23–27 and 30.
@Suite("Findings as of a day: the period's list, counts, 整改率 and 销号率")
struct FindingSnapshotTests {
  /// Noon in Beijing on `day`: when each event below was entered, unless said otherwise.
  static func noon(_ day: String) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
    let parts = day.split(separator: "-").compactMap { Int($0) }
    return calendar.date(
      from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))!
  }

  static func finding(
    _ id: Int64, found: String, deadline: String, severity: String = "一般", entered: String? = nil,
    status: FindingStatus = .open, rectifiedOn: String? = nil, closedOn: String? = nil
  ) -> Finding {
    Finding(
      id: id, unitID: "s", description: "问题\(id)", category: "校园安全", severity: severity,
      foundOn: found,
      ownerRole: "总务主任", deadline: deadline, status: status, rectifiedOn: rectifiedOn,
      closedOn: closedOn,
      enteredAt: noon(entered ?? found))
  }

  static func event(
    _ finding: Int64, _ action: FindingAction, on: String, entered: String? = nil,
    _ status: FindingStatus,
    note: String? = nil
  ) -> FindingEvent {
    FindingEvent(
      findingID: finding, at: noon(entered ?? on), on: on, action: action, actor: "t", note: note,
      status: status)
  }

  static let findings: [Finding] = [
    // 1: closed in October, before the period: not listed.
    finding(1, found: "2026-10-20", deadline: "2026-10-30"),
    // 2: carried over from October, rectified 11-05 and closed 11-06: listed, closed.
    finding(2, found: "2026-10-25", deadline: "2026-11-10"),
    // 3: rectified 11-09, sent back 11-11, still being rectified: overdue since 11-11.
    finding(3, found: "2026-11-03", deadline: "2026-11-10", severity: "较重"),
    // 4: serious, put under supervision 11-20, nothing done: overdue since 11-19.
    finding(4, found: "2026-11-16", deadline: "2026-11-18", severity: "严重"),
    // 5: rectified 11-27, waiting for a check, in time.
    finding(5, found: "2026-11-20", deadline: "2026-12-04"),
    // 6: open, in time.
    finding(6, found: "2026-11-25", deadline: "2026-12-09"),
    // 7: rectified 11-27; the check of 11-30 was entered on 12-02, so on 11-30 it still waits.
    finding(7, found: "2026-11-26", deadline: "2026-12-10"),
    // 8: found 11-28 but entered on 12-01 (补录): not seen on 11-30.
    finding(8, found: "2026-11-28", deadline: "2026-12-10", entered: "2026-12-01"),
    // 9: found after the day judged.
    finding(9, found: "2026-12-01", deadline: "2026-12-15"),
    // 11: imported on 11-01 as already closed: rectified 11-10 (after its 11-06 deadline: late),
    // closed 11-12.
    finding(
      11, found: "2026-10-30", deadline: "2026-11-06", severity: "较重", entered: "2026-11-01",
      status: .closed,
      rectifiedOn: "2026-11-10", closedOn: "2026-11-12"),
  ]

  static let events: [FindingEvent] = [
    event(1, .add, on: "2026-10-20", .open), event(1, .rectify, on: "2026-10-27", .awaitingCheck),
    event(1, .verify, on: "2026-10-28", .closed),
    event(2, .add, on: "2026-10-25", .open), event(2, .rectify, on: "2026-11-05", .awaitingCheck),
    event(2, .verify, on: "2026-11-06", .closed),
    event(3, .add, on: "2026-11-03", .open), event(3, .start, on: "2026-11-04", .rectifying),
    event(3, .rectify, on: "2026-11-09", .awaitingCheck),
    event(3, .return, on: "2026-11-11", .rectifying, note: "照片不清，重新整改"),
    event(4, .add, on: "2026-11-16", .open), event(4, .supervise, on: "2026-11-20", .open),
    event(5, .add, on: "2026-11-20", .open), event(5, .rectify, on: "2026-11-27", .awaitingCheck),
    event(6, .add, on: "2026-11-25", .open),
    event(7, .add, on: "2026-11-26", .open), event(7, .rectify, on: "2026-11-27", .awaitingCheck),
    event(7, .verify, on: "2026-11-30", entered: "2026-12-02", .closed),
    event(8, .add, on: "2026-11-28", entered: "2026-12-01", .open),
    event(9, .add, on: "2026-12-01", .open),
    event(11, .add, on: "2026-10-30", entered: "2026-11-01", .closed),
  ]

  static let november = CivilDate(2026, 11, 1)...CivilDate(2026, 11, 30)

  func snapshot(_ day: CivilDate) -> [FindingSnapshot.State] {
    let states = FindingSnapshot(
      findings: Self.findings, events: Self.events.shuffled(), cutoff: ProgressReader.cutoff(day),
      day: day,
      calendar: .weekendsOnly
    ).states
    return FindingSnapshot.listed(states, in: Self.november)
  }

  @Test("on 11-30: seven listed, four rectified, two closed, two overdue — 整改率 4/7, 销号率 2/7")
  func endOfMonth() throws {
    let listed = snapshot(CivilDate(2026, 11, 30))
    // Listed: 2, 3, 4, 5, 6, 7 and 11 (1 closed before November; 8 entered late; 9 found later),
    // by found-on day.
    #expect(listed.map(\.finding.id) == [2, 11, 3, 4, 5, 6, 7])
    #expect(
      listed.map(\.status) == [
        .closed, .closed, .rectifying, .open, .awaitingCheck, .open, .awaitingCheck,
      ])
    let counts = FindingCounts(listed, newFrom: "2026-11-01")
    // New in November: 3, 4, 5, 6, 7 = 5. Rectified (待验收 or 已销号): 2, 11, 5, 7 = 4.
    // Closed: 2, 11 = 2. Overdue: 3 (deadline 11-10) and 4 (11-18) = 2. Supervised: 4.
    // Returned: 3. Late: 11 (rectified 11-10 after 11-06).
    #expect(counts.total == 7)
    #expect(counts.new == 5)
    #expect(counts.rectified == 4)
    #expect(counts.closed == 2)
    #expect(counts.overdue == 2)
    #expect(counts.supervised == 1)
    #expect(counts.returned == 1)
    #expect(counts.late == 1)
    // 一般: 2, 5, 6, 7 = 4; 较重: 11, 3 = 2; 严重: 4 = 1 (in the order met).
    #expect(counts.bySeverity.map(\.name) == ["一般", "较重", "严重"])
    #expect(counts.bySeverity.map(\.count) == [4, 2, 1])
    // 整改率 4/7 = 57.14…%, 销号率 2/7 = 28.57…%.
    #expect(abs((counts.rectificationRate ?? 0) - 400.0 / 7) < 1e-9)
    #expect(abs((counts.closingRate ?? 0) - 200.0 / 7) < 1e-9)
    // 3 is overdue from 11-11: working days 11–13, 16–20, 23–27 and 30 = 3 + 5 + 5 + 1 = 14;
    // sent back once, with the reason.
    let three = try #require(listed.first { $0.finding.id == 3 })
    #expect(three.overdueWorkdays == 14)
    #expect(three.returnCount == 1)
    #expect(three.lastReturnReason == "照片不清，重新整改")
    #expect(three.rectifiedOn == nil)
    // 4 is overdue from 11-19: 19, 20, 23–27 and 30 = 2 + 5 + 1 = 8.
    #expect(listed.first { $0.finding.id == 4 }?.overdueWorkdays == 8)
    #expect(listed.first { $0.finding.id == 4 }?.supervised == true)
    #expect(listed.first { $0.finding.id == 7 }?.closedOn == nil)
    #expect(listed.first { $0.finding.id == 11 }?.closedOn == "2026-11-12")
  }

  @Test(
    "on 11-10 the same ledger reads as it stood then: 3 waits for its check, 11 is not yet closed")
  func earlier() {
    let listed = snapshot(CivilDate(2026, 11, 10))
    // Found by 11-10 and entered by its end: 2, 11 and 3.
    #expect(listed.map(\.finding.id) == [2, 11, 3])
    // 2 closed 11-06; 11 rectified 11-10, its 11-12 closing not yet; 3 rectified 11-09.
    #expect(listed.map(\.status) == [.closed, .awaitingCheck, .awaitingCheck])
    let counts = FindingCounts(listed, newFrom: "2026-11-01")
    #expect((counts.total, counts.rectified, counts.closed, counts.overdue) == (3, 3, 1, 0))
    // 整改率 3/3 = 100%, 销号率 1/3.
    #expect(counts.rectificationRate == 100)
    #expect(abs((counts.closingRate ?? 0) - 100.0 / 3) < 1e-9)
  }

  @Test("no findings: zero counts and no rates (reports print —, never 100%)")
  func none() {
    let counts = FindingCounts([], newFrom: "2026-11-01")
    #expect(counts.total == 0)
    #expect(counts.rectificationRate == nil)
    #expect(counts.closingRate == nil)
  }

  @Test("the Lua table: rates, counts by severity in the declared order, and each line's fields")
  func luaValue() throws {
    let listed = snapshot(CivilDate(2026, 11, 30))
    let rules = FindingKinds(
      plugin: "school",
      categories: [FindingKinds.Category(name: "食品安全"), FindingKinds.Category(name: "校园安全")],
      severities: [
        .init(name: "严重", deadline: DaySpan(count: 2, workdays: true)),
        .init(name: "一般", deadline: DaySpan(count: 10, workdays: true)),
        .init(name: "较重", deadline: DaySpan(count: 5, workdays: true)),
      ], verifiers: ["校长"])
    let value = UnitFindings(
      rules: rules, states: listed, newFrom: "2026-11-01", inspections: [:], itemTitles: [:],
      people: [:],
      owners: ["总务主任": ["李强"]]
    ).value()
    let table = try #require(value.tableValue)
    #expect(table["rectification_rate"].numberValue.map { abs($0 - 400.0 / 7) < 1e-9 } == true)
    #expect(table["counts"]["by_severity"]["较重"] == .integer(2))
    let severities = table["severities"].tableValue?.sequence.map { $0["name"].stringValue ?? "" }
    #expect(severities == ["严重", "一般", "较重"])
    // Only categories with findings; 校园安全 holds all seven.
    #expect(table["categories"].tableValue?.sequence.count == 1)
    #expect(table["categories"][1]["closed"] == .integer(2))
    let three = try #require(table["list"].tableValue?.sequence.first { $0["id"] == .integer(3) })
    #expect(three["status"] == .string("整改中"))
    #expect(three["state"] == .string("rectifying"))
    #expect(three["overdue"] == .boolean(true))
    #expect(three["overdue_days"] == .integer(14))
    #expect(three["return_reason"] == .string("照片不清，重新整改"))
    #expect(three["owner_text"] == .string("李强（总务主任）"))
    #expect(three["new"] == .boolean(true))
  }
}
