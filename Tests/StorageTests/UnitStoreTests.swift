import Foundation
import Testing

@testable import Storage

/// Units: add, read, edit, move, remove, and the tree's rules.
@Suite("Unit CRUD")
struct UnitStoreTests {
  @Test(arguments: Backend.all) func addAndRead(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let unit = OrgUnit(
      id: "dh-yey", name: "东河幼儿园", type: "school", parentID: "dh-jyj",
      attributes: ["区域": "城区"],
      terms: [SchoolTerm(name: "2026秋季学期", start: "2026-09-01", end: "2027-01-22")])
    try s.store.addUnit(unit, by: "admin")
    #expect(try s.store.unit("dh-yey") == unit)
    #expect(try s.store.children(of: "dh-jyj").map(\.id) == ["dh-xx", "dh-yey", "dh-zx"])
    #expect(try s.store.units().count == 4)
  }

  @Test(arguments: Backend.all) func duplicateIdRefused(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    #expect(throws: StoreError.self) {
      try s.store.addUnit(OrgUnit(id: "dh-xx", name: "另一所", type: "school"), by: "admin")
    }
    #expect(try s.store.unit("dh-xx")?.name == "东河小学")
  }

  @Test(arguments: Backend.all) func missingParentRefused(_ backend: Backend) throws {
    let s = try Scratch(backend)
    let error = #expect(throws: StoreError.self) {
      try s.store.addUnit(
        OrgUnit(id: "a", name: "甲", type: "school", parentID: "nowhere"), by: "admin")
    }
    #expect(error?.code == .notFound)
    #expect(try s.store.units().isEmpty)
  }

  @Test(arguments: Backend.all) func moveAndCycle(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    var school = try #require(try s.store.unit("dh-xx"))
    school.parentID = "dh-zx"
    try s.store.updateUnit(school, by: "admin")
    #expect(try s.store.unit("dh-xx")?.parentID == "dh-zx")
    var bureau = try #require(try s.store.unit("dh-jyj"))
    bureau.parentID = "dh-xx"
    let error = #expect(throws: StoreError.self) { try s.store.updateUnit(bureau, by: "admin") }
    #expect(error?.code == .conflict)
    #expect(try s.store.unit("dh-jyj")?.parentID == nil)
  }

  @Test(arguments: Backend.all) func removeRules(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    #expect(throws: StoreError.self) { try s.store.removeUnit("dh-jyj", by: "admin") }
    _ = try s.store.addRecord(
      LedgerRecord(
        key: OccurrenceKey(unitID: "dh-zx", itemID: "x", period: "2026-11"), doneAt: Date()),
      evidenceFiles: [], by: "admin")
    #expect(throws: StoreError.self) { try s.store.removeUnit("dh-zx", by: "admin") }
    try s.store.assignRole(
      RoleAssignment(unitID: "dh-xx", role: "校长", personID: "bai-tao"), by: "admin")
    try s.store.removeUnit("dh-xx", by: "admin")
    #expect(try s.store.unit("dh-xx") == nil)
    #expect(try s.store.roleAssignments(unitID: "dh-xx", personID: nil).isEmpty)
  }
}
