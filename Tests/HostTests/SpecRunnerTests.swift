import Foundation
import Testing

@testable import Host

@Suite("plugin self-tests run on a virtual clock with a throwaway ledger")
struct SpecRunnerTests {
  func fixture(spec: String) throws -> PluginFixture {
    let f = try PluginFixture()
    try f.manifest("school")
    try f.write(
      "school", "checklists/a.lua",
      """
      tz.category{ id = "safety", title = "安全管理", order = 10 }
      tz.item{ id = "safety.monthly", title = "月度安全检查", category = "safety", kind = "task",
        every = "monthly on last workday", owner = "安全员" }
      """)
    try f.write("school", "spec/a_spec.lua", spec)
    return f
  }

  func run(_ f: PluginFixture) throws -> SpecReport {
    try SpecRunner(searchPath: PluginSearchPath(folders: [ShippedPluginTests.shipped, f.root])).run(
      id: "school")
  }

  @Test("passing and failing tests; a failure names the spec's file and line")
  func failures() throws {
    let f = try fixture(
      spec: """
        spec.unit{ id = "xx", roles = { ["安全员"] = "li" } }
        describe("月度检查", function()
          it("三月最后一个工作日", function()
            expect(spec.due_dates("xx", "safety.monthly", "2026-03")).to_equal({ "2026-03-31" })
          end)
          it("故意写错的次数", function()
            expect(#spec.due_dates("xx", "safety.monthly", "2026")).to_equal(3)
          end)
          it("运行错误也算失败", function()
            local t = nil
            return t.x
          end)
        end)
        """)
    let report = try run(f)
    let file = try #require(report.files.first)
    #expect(file.tests.map(\.name) == ["月度检查 › 三月最后一个工作日", "月度检查 › 故意写错的次数", "月度检查 › 运行错误也算失败"])
    #expect(file.tests[0].failure == nil)
    #expect(file.tests[1].failure == "\(file.file):7: expected 3, got 12")
    #expect(file.tests[2].failure?.hasPrefix("\(file.file):11: ") == true)
    #expect(report.exitCode == 1)
  }

  @Test("the clock, records and statuses")
  func clock() throws {
    let f = try fixture(
      spec: """
        spec.unit{ id = "xx" }
        it("未到期、逾期、完成", function()
          expect(spec.clock.today()).to_equal("2026-01-01")
          spec.clock.set("2026-03-30")
          expect(spec.status("xx", "safety.monthly", "2026-03")).to_equal("open")
          spec.clock.advance(2)
          expect(spec.status("xx", "safety.monthly", "2026-03")).to_equal("overdue")
          expect(spec.record{ unit = "xx", item = "safety.monthly", period = "2026-03" }).to_equal("2026-03")
          expect(spec.status("xx", "safety.monthly", "2026-03")).to_equal("done")
          expect(spec.status("xx", "safety.monthly", "2026-W10")).to_equal("none")
        end)
        it("未知的角色在声明单位时报错", function()
          local ok, message = pcall(spec.unit, { id = "yy", roles = { ["安全管理员"] = "li" } })
          expect(ok).to_be_falsy()
          expect(message).to_contain("安全员")
        end)
        """)
    let report = try run(f)
    #expect(report.files.flatMap(\.tests).compactMap(\.failure) == [])
    #expect(report.exitCode == 0)
  }

  @Test("a spec that cannot load is reported with file and line, exit 2")
  func loadError() throws {
    let f = try fixture(spec: "spec.unit{ id = \"xx\" }\nit(\"x\", function() end\n")
    let report = try run(f)
    #expect(report.files.first?.loadError?.contains("a_spec.lua:") == true)
    #expect(report.exitCode == 2)
  }

  @Test("an unknown plugin is a usage error")
  func unknownPlugin() throws {
    let f = try fixture(spec: "")
    #expect(throws: UsageError.self) {
      try SpecRunner(searchPath: PluginSearchPath(folders: [f.root])).run(id: "schol")
    }
  }

  @Test("the shipped plugins' specs all pass")
  func shipped() throws {
    let report = try SpecRunner(searchPath: PluginSearchPath(folders: [ShippedPluginTests.shipped]))
      .run(id: nil)
    #expect(Set(report.files.map(\.plugin)) == ["school", "hospital", "community", "bureau"])
    #expect(report.files.flatMap(\.tests).compactMap(\.failure) == [])
    #expect(report.files.allSatisfy { $0.loadError == nil && !$0.tests.isEmpty })
    #expect(report.exitCode == 0)
  }
}

@Suite("roles are checked against the unit's plugin vocabulary")
struct RoleVocabularyTests {
  let catalog = PluginCatalog.load(PluginSearchPath(folders: [ShippedPluginTests.shipped]))

  @Test("the school vocabulary: item roles and plugin.lua roles; a near miss gets a suggestion")
  func vocabulary() throws {
    let school = RoleVocabulary(of: try #require(catalog.plugin("school")))
    #expect(school.problem(with: "校长") == nil)
    #expect(school.problem(with: "教导处主任")?.contains("是不是 \"教导主任\"") == true)
    #expect(school.problem(with: "安全管理员")?.contains("可用的角色") == true)
    let hospital = RoleVocabularies(catalog: catalog)
    #expect(hospital.problem(with: "院长", unitType: "health_station") == nil)
    #expect(hospital.problem(with: "院长", unitType: "unknown_type") == nil)
  }

  @Test("roles other plugins escalate to may be held up the tree, e.g. 责任督学 at a bureau")
  func escalationRolesClimb() {
    let all = RoleVocabularies(catalog: catalog)
    // School items escalate to 责任督学, hospital items to 卫健委主管科室, community items to
    // 街道指导员: people who sit in a superior unit, which is of the bureau type.
    #expect(all.problem(with: "责任督学", unitType: "bureau") == nil)
    #expect(all.problem(with: "卫健委主管科室", unitType: "bureau") == nil)
    #expect(all.problem(with: "街道指导员", unitType: "bureau") == nil)
    #expect(all.problem(with: "安全管理员", unitType: "bureau") != nil)
  }

  @Test("an import with an unknown role names file:line, exits 2 and writes nothing")
  func importRefused() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "taizhang-roles-\(UUID().uuidString)")
    let ledger = try Ledger.open(path: folder.appendingPathComponent("t.sqlite").path, create: true)
    try ledger.store.addUnit(.init(id: "xx", name: "小学", type: "school"), by: "t")
    try ledger.store.addPerson(.init(id: "li", name: "李"), by: "t")
    let csv = folder.appendingPathComponent("roles.csv")
    try "unit,role,person\nxx,校长,li\nxx,安全管理员,li\n".write(
      to: csv, atomically: true, encoding: .utf8)
    let error = try #require(throws: CSVError.self) {
      try ledger.importRoles(from: csv, roles: RoleVocabularies(catalog: catalog))
    }
    #expect(error.line == 3)
    #expect(error.exitCode == 2)
    #expect(try ledger.store.roleAssignments(unitID: nil, personID: nil).isEmpty)
    #expect(throws: UsageError.self) {
      try ledger.assignRole(
        .init(unitID: "xx", role: "安全管理员", personID: "li"),
        roles: RoleVocabularies(catalog: catalog))
    }
    try ledger.assignRole(
      .init(unitID: "xx", role: "校长", personID: "li"), roles: RoleVocabularies(catalog: catalog))
    #expect(try ledger.store.roleAssignments(unitID: "xx", personID: nil).map(\.role) == ["校长"])
  }
}
