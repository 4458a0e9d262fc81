import Foundation
import Testing

@testable import Storage

/// Inspections and findings: the rectification loop and its rules, on both engines.
@Suite("Findings")
struct FindingStoreTests {
  /// The scratch store seeded, with a third person and roles: 钱红 the school's 安全员,
  /// 白涛 the bureau's 督查员.
  func seeded(_ backend: Backend) throws -> Scratch {
    let s = try Scratch(backend)
    try s.seed()
    try s.store.addPerson(Person(id: "lu-ping", name: "陆平"), by: "admin")
    try s.store.assignRole(RoleAssignment(unitID: "dh-xx", role: "安全员", personID: "qian-hong"), by: "admin")
    try s.store.assignRole(RoleAssignment(unitID: "dh-jyj", role: "督查员", personID: "bai-tao"), by: "admin")
    return s
  }

  func problem(_ text: String = "消防通道堆放杂物", unit: String = "dh-xx", owner: String? = "qian-hong") -> Finding {
    Finding(
      unitID: unit, description: text, category: "安全管理", severity: "较重", foundOn: "2026-03-02",
      ownerRole: "安全员", ownerPersonID: owner, measures: "清理杂物，设置警示标识", deadline: "2026-03-16")
  }

  @Test(arguments: Backend.all) func theLoopFromFoundToClosed(_ backend: Backend) throws {
    let s = try seeded(backend)
    let inspection = try s.store.addInspection(
      Inspection(unitID: "dh-jyj", kind: "督查", date: "2026-03-02", inspectors: ["白涛", "陆平"], score: 92.5),
      evidenceFiles: [try s.file("督查记录.txt", "督查记录")], by: "admin")
    #expect(inspection.id > 0)
    #expect(try s.store.inspection(inspection.id) == inspection)
    #expect(try s.store.inspections(unitIDs: ["dh-jyj"]).map(\.id) == [inspection.id])
    #expect(try s.store.inspections(unitIDs: ["dh-xx"]).isEmpty)

    var f = problem()
    f.inspectionID = inspection.id
    let added = try s.store.addFinding(f, by: "admin")
    #expect(try s.store.finding(added.id) == added)
    #expect(added.status == .open)

    let started = try s.store.startRectification(added.id, on: "2026-03-03", note: nil, by: "admin")
    #expect(started.status == .rectifying)
    let photo = try s.file("整改后.jpg", "照片")
    let rectified = try s.store.rectifyFinding(
      added.id, Rectification(on: "2026-03-10", note: "已清理并张贴警示", personID: "qian-hong"),
      evidenceFiles: [photo], by: "admin")
    #expect(rectified.status == .awaitingCheck)
    #expect(rectified.rectificationEvidence.map(\.fileName) == ["整改后.jpg"])
    #expect(try s.store.evidenceContent(rectified.rectificationEvidence[0]) == Data("照片".utf8))

    let closed = try s.store.verifyFinding(
      added.id, FindingCheck(on: "2026-03-12", personID: "bai-tao", verifierRoles: ["督查员"]), by: "admin")
    #expect(closed.status == .closed)
    #expect(closed.closedOn == "2026-03-12")
    #expect(closed.closedBy == "bai-tao")
    #expect(try s.store.finding(added.id) == closed)

    let events = try s.store.findingEvents(findingID: added.id)
    #expect(events.map(\.action) == [.add, .start, .rectify, .verify])
    #expect(events.map(\.status) == [.open, .rectifying, .awaitingCheck, .closed])
    #expect(events.map(\.on) == ["2026-03-02", "2026-03-03", "2026-03-10", "2026-03-12"])
    #expect(events[3].actor == "bai-tao")
    let audit = try s.store.auditEntries(unitID: "dh-xx", since: nil).filter { $0.entity == "finding" }
    #expect(audit.map(\.action) == ["add", "start", "rectify", "verify"])
  }

  @Test(arguments: Backend.all) func whoMayVerify(_ backend: Backend) throws {
    let s = try seeded(backend)
    let f = try s.store.addFinding(problem(), by: "admin")
    // Not before it is rectified.
    #expect(throws: StoreError(.conflict, "问题 #\(f.id) 当前为「待整改」，不能验收销号；只有「待验收」的问题才能验收销号")) {
      try s.store.verifyFinding(f.id, FindingCheck(on: "2026-03-12", personID: "bai-tao"), by: "admin")
    }
    _ = try s.store.rectifyFinding(
      f.id, Rectification(on: "2026-03-10", note: "已清理", personID: "lu-ping"), evidenceFiles: [], by: "admin")
    // Not by its owner, nor by whoever reported it rectified.
    let byOwner = #expect(throws: StoreError.self) {
      try s.store.verifyFinding(f.id, FindingCheck(on: "2026-03-12", personID: "qian-hong"), by: "admin")
    }
    #expect(byOwner?.code == .conflict)
    #expect(throws: StoreError.self) {
      try s.store.verifyFinding(f.id, FindingCheck(on: "2026-03-12", personID: "lu-ping"), by: "admin")
    }
    // When verifier roles are declared: only a holder of one of them in the unit or above,
    // or someone holding a role in a unit above (the inspecting superior); another role in
    // the unit itself is not enough.
    try s.store.addPerson(Person(id: "zhou-min", name: "周敏"), by: "admin")
    try s.store.assignRole(RoleAssignment(unitID: "dh-xx", role: "教师", personID: "zhou-min"), by: "admin")
    let noRole = #expect(throws: StoreError.self) {
      try s.store.verifyFinding(
        f.id, FindingCheck(on: "2026-03-12", personID: "zhou-min", verifierRoles: ["校长", "分管副校长"]),
        by: "admin")
    }
    #expect(noRole?.code == .conflict)
    #expect(noRole?.message.contains("「校长」或「分管副校长」") == true)
    // Not before the rectification, nor by nobody.
    #expect(throws: StoreError.self) {
      try s.store.verifyFinding(f.id, FindingCheck(on: "2026-03-09", personID: "bai-tao"), by: "admin")
    }
    #expect(throws: StoreError.self) {
      try s.store.verifyFinding(f.id, FindingCheck(on: "2026-03-12", personID: "ghost"), by: "admin")
    }
    #expect(try s.store.finding(f.id)?.status == .awaitingCheck)
    #expect(try s.store.findingEvents(findingID: f.id).count == 2)
    let closed = try s.store.verifyFinding(
      f.id, FindingCheck(on: "2026-03-12", personID: "bai-tao", verifierRoles: ["校长"]), by: "admin")
    #expect(closed.status == .closed)
  }

  @Test(arguments: Backend.all) func anOwnerRoleHolderMayNotVerifyAnUnownedFinding(_ backend: Backend) throws {
    let s = try seeded(backend)
    let f = try s.store.addFinding(problem(owner: nil), by: "admin")
    _ = try s.store.rectifyFinding(f.id, Rectification(on: "2026-03-10", note: "已清理"), evidenceFiles: [], by: "admin")
    let error = #expect(throws: StoreError.self) {
      try s.store.verifyFinding(f.id, FindingCheck(on: "2026-03-12", personID: "qian-hong"), by: "admin")
    }
    #expect(error?.message.contains("安全员") == true)
    #expect(try s.store.verifyFinding(f.id, FindingCheck(on: "2026-03-12", personID: "lu-ping"), by: "admin").status == .closed)
  }

  @Test(arguments: Backend.all) func returnedAndRectifiedAgain(_ backend: Backend) throws {
    let s = try seeded(backend)
    let f = try s.store.addFinding(problem(), by: "admin")
    // Only from 待验收, and with a reason.
    #expect(throws: StoreError.self) {
      try s.store.returnFinding(f.id, FindingCheck(on: "2026-03-11", personID: "bai-tao", note: "未整改"), by: "admin")
    }
    _ = try s.store.rectifyFinding(
      f.id, Rectification(on: "2026-03-10", note: "已清理"), evidenceFiles: [try s.file("a.jpg", "a")], by: "admin")
    #expect(throws: StoreError(.invalid, "退回须说明理由")) {
      try s.store.returnFinding(f.id, FindingCheck(on: "2026-03-11", personID: "bai-tao", note: " "), by: "admin")
    }
    let back = try s.store.returnFinding(
      f.id, FindingCheck(on: "2026-03-11", personID: "bai-tao", note: "警示标识未张贴"), by: "admin")
    #expect(back.status == .rectifying)
    #expect(back.returnCount == 1)
    #expect(back.lastReturnReason == "警示标识未张贴")
    let again = try s.store.rectifyFinding(
      f.id, Rectification(on: "2026-03-13", note: "已张贴"), evidenceFiles: [try s.file("b.jpg", "b")], by: "admin")
    #expect(again.rectificationEvidence.map(\.fileName) == ["a.jpg", "b.jpg"])
    #expect(again.rectifiedOn == "2026-03-13")
    let closed = try s.store.verifyFinding(f.id, FindingCheck(on: "2026-03-14", personID: "bai-tao"), by: "admin")
    #expect(closed.status == .closed)
    #expect(try s.store.findingEvents(findingID: f.id).map(\.action) == [.add, .rectify, .return, .rectify, .verify])
    // Nothing moves a closed finding.
    #expect(throws: StoreError.self) {
      try s.store.rectifyFinding(f.id, Rectification(on: "2026-03-15", note: "x"), evidenceFiles: [], by: "admin")
    }
    #expect(throws: StoreError.self) { try s.store.setSupervised(f.id, true, on: "2026-03-15", note: nil, by: "admin") }
    #expect(throws: StoreError.self) {
      try s.store.assignFinding(f.id, FindingAssignment(deadline: "2026-04-01", on: "2026-03-15"), by: "admin")
    }
  }

  @Test(arguments: Backend.all) func rectifyRules(_ backend: Backend) throws {
    let s = try seeded(backend)
    let f = try s.store.addFinding(problem(), by: "admin")
    #expect(throws: StoreError(.invalid, "整改完成日期 2026-03-01 早于发现日期 2026-03-02")) {
      try s.store.rectifyFinding(f.id, Rectification(on: "2026-03-01", note: "x"), evidenceFiles: [], by: "admin")
    }
    #expect(throws: StoreError(.invalid, "请说明整改情况")) {
      try s.store.rectifyFinding(f.id, Rectification(on: "2026-03-05", note: ""), evidenceFiles: [], by: "admin")
    }
    #expect(throws: StoreError.self) {
      try s.store.rectifyFinding(f.id, Rectification(on: "2026-02-30", note: "x"), evidenceFiles: [], by: "admin")
    }
    #expect(throws: StoreError(.notFound, "问题 #999 不存在")) {
      try s.store.rectifyFinding(999, Rectification(on: "2026-03-05", note: "x"), evidenceFiles: [], by: "admin")
    }
    #expect(try s.store.findingEvents(findingID: f.id).count == 1)
  }

  @Test(arguments: Backend.all) func supervisionAndAssignment(_ backend: Backend) throws {
    let s = try seeded(backend)
    let f = try s.store.addFinding(problem(owner: nil), by: "admin")
    let on = try s.store.setSupervised(f.id, true, on: "2026-03-04", note: "区局挂牌", by: "admin")
    #expect(on.supervised)
    // Again: nothing changes, no event.
    _ = try s.store.setSupervised(f.id, true, on: "2026-03-04", note: nil, by: "admin")
    let assigned = try s.store.assignFinding(
      f.id, FindingAssignment(ownerPersonID: "qian-hong", cooperatingRoles: ["总务主任"], deadline: "2026-03-20", on: "2026-03-05"),
      by: "admin")
    #expect(assigned.ownerPersonID == "qian-hong")
    #expect(assigned.ownerRole == "安全员")
    #expect(assigned.cooperatingRoles == ["总务主任"])
    #expect(assigned.deadline == "2026-03-20")
    #expect(throws: StoreError.self) {
      try s.store.assignFinding(f.id, FindingAssignment(deadline: "2026-03-01", on: "2026-03-05"), by: "admin")
    }
    #expect(throws: StoreError.self) {
      try s.store.assignFinding(f.id, FindingAssignment(ownerPersonID: "ghost", on: "2026-03-05"), by: "admin")
    }
    let off = try s.store.setSupervised(f.id, false, on: "2026-03-06", note: nil, by: "admin")
    #expect(!off.supervised)
    #expect(try s.store.findingEvents(findingID: f.id).map(\.action) == [.add, .supervise, .assign, .unsupervise])
  }

  @Test(arguments: Backend.all) func batchIsAllOrNothingAndRepeatsAreSkipped(_ backend: Backend) throws {
    let s = try seeded(backend)
    let good = [problem("一"), problem("二", unit: "dh-zx", owner: nil)]
    #expect(throws: StoreError(.notFound, "人员 \"ghost\" 不存在")) {
      try s.store.addFindings(good + [problem("三", owner: "ghost")], by: "admin")
    }
    #expect(try s.store.findings(FindingFilter()).isEmpty)
    let first = try s.store.addFindings(good, by: "admin")
    #expect(first.added.map(\.description) == ["一", "二"])
    #expect(first.skipped == 0)
    let again = try s.store.addFindings(good + [problem("三"), problem("三")], by: "admin")
    #expect(again.added.map(\.description) == ["三"])
    #expect(again.skipped == 3)
    #expect(try s.store.findings(unitIDs: ["dh-xx"]).map(\.description) == ["一", "三"])
    #expect(try s.store.findings(unitIDs: ["dh-xx", "dh-zx"], statuses: [.closed]).isEmpty)
    #expect(try s.store.findings(FindingFilter(ownerPersonID: "qian-hong")).count == 2)
    #expect(try s.store.findings(FindingFilter(severities: ["严重"])).isEmpty)
  }

  @Test(arguments: Backend.all) func badFindingsAreRefused(_ backend: Backend) throws {
    let s = try seeded(backend)
    var late = problem()
    late.deadline = "2026-03-01"
    #expect(throws: StoreError(.invalid, "整改时限 2026-03-01 早于发现日期 2026-03-02")) {
      try s.store.addFinding(late, by: "admin")
    }
    #expect(throws: StoreError(.notFound, "单位 \"nowhere\" 不存在")) {
      try s.store.addFinding(problem(unit: "nowhere"), by: "admin")
    }
    var lost = problem()
    lost.inspectionID = 42
    #expect(throws: StoreError(.notFound, "检查 #42 不存在")) { try s.store.addFinding(lost, by: "admin") }
    // An inspection of one school finds nothing at the other.
    let inspection = try s.store.addInspection(
      Inspection(unitID: "dh-zx", kind: "自查", date: "2026-03-01"), evidenceFiles: [], by: "admin")
    var elsewhere = problem()
    elsewhere.inspectionID = inspection.id
    #expect(throws: StoreError.self) { try s.store.addFinding(elsewhere, by: "admin") }
    // A unit with findings stays.
    _ = try s.store.addFinding(problem(unit: "dh-zx", owner: nil), by: "admin")
    #expect(throws: StoreError.self) { try s.store.removeUnit("dh-zx", by: "admin") }
  }

  @Test func overdueAsOfADay() {
    var f = problem()
    #expect(!f.isOverdue(on: "2026-03-16"))
    #expect(f.isOverdue(on: "2026-03-17"))
    f.status = .awaitingCheck
    f.rectifiedOn = "2026-03-18"
    #expect(!f.isOverdue(on: "2026-03-20"))
    #expect(f.isLate(on: "2026-03-20"))
    f.status = .closed
    #expect(!f.isOverdue(on: "2026-04-01"))
    #expect(FindingStatus(named: "待验收") == .awaitingCheck)
    #expect(FindingStatus(named: "closed") == .closed)
    #expect(FindingStatus(named: "完成") == nil)
  }
}
