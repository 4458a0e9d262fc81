import Foundation
import Testing

@testable import Storage

/// People and role assignments.
@Suite("People and roles")
struct PersonStoreTests {
  @Test(arguments: Backend.all) func addEditRead(_ backend: Backend) throws {
    let s = try Scratch(backend)
    let p = Person(id: "jin-yu", name: "金玉", contacts: ["email": "jinyu@example.cn"])
    try s.store.addPerson(p, by: "admin")
    #expect(try s.store.person("jin-yu") == p)
    var edited = p
    edited.contacts["wecom"] = "jinyu"
    try s.store.updatePerson(edited, by: "admin")
    #expect(
      try s.store.person("jin-yu")?.contacts == ["email": "jinyu@example.cn", "wecom": "jinyu"])
    #expect(throws: StoreError.self) { try s.store.addPerson(p, by: "admin") }
    #expect(throws: StoreError.self) {
      try s.store.updatePerson(Person(id: "ghost", name: "无"), by: "admin")
    }
  }

  @Test(arguments: Backend.all) func aRoleMayHaveSeveralPeople(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    for id in ["qian-hong", "bai-tao"] {
      try s.store.assignRole(RoleAssignment(unitID: "dh-xx", role: "安全员", personID: id), by: "a")
    }
    try s.store.assignRole(
      RoleAssignment(unitID: "dh-xx", role: "安全员", personID: "bai-tao"), by: "a")
    let holders = try s.store.roleAssignments(unitID: "dh-xx", personID: nil).map(\.personID)
    #expect(holders == ["bai-tao", "qian-hong"])
    try s.store.unassignRole(
      RoleAssignment(unitID: "dh-xx", role: "安全员", personID: "bai-tao"), by: "a")
    #expect(try s.store.roleAssignments(unitID: nil, personID: "bai-tao").isEmpty)
    #expect(throws: StoreError.self) {
      try s.store.assignRole(
        RoleAssignment(unitID: "dh-xx", role: "校长", personID: "nobody"), by: "a")
    }
  }

  @Test(arguments: Backend.all) func importedRolesAreAddedOnceAndAuditedInOrder(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    try s.store.assignRole(RoleAssignment(unitID: "dh-xx", role: "安全员", personID: "qian-hong"), by: "a")
    let before = try s.store.auditEntries(unitID: nil, since: nil).count
    let roles = [
      RoleAssignment(unitID: "dh-zx", role: "校长", personID: "bai-tao"),
      RoleAssignment(unitID: "dh-xx", role: "安全员", personID: "qian-hong"),  // already held
      RoleAssignment(unitID: "dh-xx", role: "安全员", personID: "bai-tao"),
      RoleAssignment(unitID: "dh-zx", role: "校长", personID: "bai-tao"),  // repeated in the file
    ]
    try s.store.importDirectory(DirectoryBatch(units: [], people: [], roles: roles), by: "admin")
    #expect(try s.store.roleAssignments(unitID: "dh-xx", personID: nil).map(\.personID) == ["bai-tao", "qian-hong"])
    #expect(try s.store.roleAssignments(unitID: "dh-zx", personID: nil).map(\.role) == ["校长"])
    let audit = try s.store.auditEntries(unitID: nil, since: nil).dropFirst(before)
    #expect(audit.map(\.entityID) == ["dh-zx/校长/bai-tao", "dh-xx/安全员/bai-tao"])
    #expect(audit.allSatisfy { $0.action == "import" && $0.entity == "role" && $0.actor == "admin" })
    #expect(audit.first?.after == JSONText.encode(roles[0]))
    // The first bad row is named, and nothing of the batch is kept.
    let bad = [
      RoleAssignment(unitID: "dh-xx", role: "安全员", personID: "lu-yan"),
      RoleAssignment(unitID: "dh-ghost", role: "校长", personID: "bai-tao"),
    ]
    #expect(throws: StoreError(.notFound, "人员 \"lu-yan\" 不存在")) {
      try s.store.importDirectory(DirectoryBatch(units: [], people: [], roles: bad), by: "admin")
    }
    #expect(try s.store.roleAssignments(unitID: "dh-xx", personID: nil).count == 2)
  }

  @Test(arguments: Backend.all) func importIsAllOrNothing(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let batch = DirectoryBatch(
      units: [OrgUnit(id: "dh-new", name: "东河新校", type: "school", parentID: "dh-jyj")],
      people: [Person(id: "lu-yan", name: "陆燕")],
      roles: [RoleAssignment(unitID: "dh-new", role: "校长", personID: "missing")])
    #expect(throws: StoreError.self) { try s.store.importDirectory(batch, by: "admin") }
    #expect(try s.store.unit("dh-new") == nil)
    #expect(try s.store.person("lu-yan") == nil)
  }
}
