import Foundation
import Host
import Scheduling
import Testing

@Suite("tz.finding_rules: how findings are filed, rectified, closed and escalated")
struct FindingKindsTests {
  let checklist = """
    tz.category{ id = "safety", title = "安全管理", order = 10 }
    tz.item{ id = "safety.patrol", title = "巡查", category = "safety", kind = "task", every = "daily", owner = "安全员" }
    """

  @Test(
    "a sound declaration gives categories, severities with deadlines, verifiers and the escalation chain"
  )
  func soundDeclaration() throws {
    let fixture = try PluginFixture()
    try fixture.manifest("school")
    try fixture.write("school", "checklists/safety.lua", checklist)
    try fixture.write(
      "school", "findings.lua",
      """
      tz.finding_rules{
        categories = { { name = "校园安全", checklist = { "safety" }, owner = "安全员" }, "食品安全" },
        severities = { { name = "一般", deadline = "10 workdays" }, { name = "严重", deadline = "2 workdays" } },
        verifiers = { "校长" },
        escalate = { "校长" },
        escalate_after = "1 workdays",
      }
      """)
    let catalog = fixture.load()
    let plugin = try #require(catalog.plugin("school"))
    #expect(plugin.problems == [])
    let rules = catalog.findingKinds(for: "school")
    #expect(rules.isDeclared)
    #expect(rules.plugin == "school")
    #expect(rules.position?.file.hasSuffix("school/findings.lua") == true)
    #expect(rules.position?.line == 1)
    #expect(rules.categories.map(\.name) == ["校园安全", "食品安全"])
    #expect(rules.categories[0].owner == "安全员")
    #expect(rules.categories[1].checklist == [])
    #expect(rules.severities.map(\.name) == ["一般", "严重"])
    #expect(rules.severity("严重")?.deadline == DaySpan(count: 2, workdays: true))
    #expect(rules.defaultSeverity.name == "一般")
    #expect(rules.verifiers == ["校长"])
    #expect(rules.escalate == ["校长"])
    #expect(rules.escalateAfter == DaySpan(count: 1, workdays: true))
    #expect(rules.mayVerify(holding: ["校长"]))
    #expect(!rules.mayVerify(holding: ["安全员"]))
    // A finding about the patrol item falls under 校园安全 and goes to the item's owner.
    let patrol = try #require(plugin.items.first)
    #expect(rules.defaults(for: patrol).category == "校园安全")
    #expect(rules.defaults(for: patrol).ownerRole == "安全员")
    #expect(rules.defaultOwner(category: "校园安全") == "安全员")
    #expect(rules.defaultOwner(category: "食品安全") == nil)
    #expect(rules.problem(category: "校园安全") == nil)
    #expect(rules.problem(category: "校园安") == #"问题类别 "校园安" 未在插件 school 中声明（是不是 "校园安全"？）"#)
    #expect(rules.problem(severity: "较重") == "问题等级 \"较重\" 不在可用的等级中：一般、严重")
    // A unit type no plugin serves keeps the standard rules.
    let standard = catalog.findingKinds(for: "farm")
    #expect(!standard.isDeclared)
    #expect(standard.severities.map(\.name) == ["一般", "较重", "严重"])
    #expect(standard.problem(category: "任何类别") == nil)
    #expect(standard.mayVerify(holding: []))
  }

  @Test("default deadlines count working days by the calendar, holidays and make-up days included")
  func deadlines() throws {
    let calendar = try HolidayDataLoader(
      pluginFolder: ShippedPluginTests.shipped.appendingPathComponent("calendar")
    ).workCalendar()
    let rules = FindingKinds.standard
    // Found on Wednesday 2026-09-30; 国庆节 is 10-01…10-07 and Saturday 10-10 is a make-up
    // workday. 10 workdays: 10-08 (1), 10-09 (2), 10-10 (3), 10-12…10-16 (4–8), 10-19 (9),
    // 10-20 (10).
    #expect(
      rules.deadline(severity: "一般", foundOn: CivilDate(2026, 9, 30), calendar: calendar)
        == CivilDate(2026, 10, 20))
    // 5 workdays: 10-08, 10-09, 10-10, 10-12, 10-13.
    #expect(
      rules.deadline(severity: "较重", foundOn: CivilDate(2026, 9, 30), calendar: calendar)
        == CivilDate(2026, 10, 13))
    // 2 workdays: 10-08, 10-09.
    #expect(
      rules.deadline(severity: "严重", foundOn: CivilDate(2026, 9, 30), calendar: calendar)
        == CivilDate(2026, 10, 9))
    #expect(
      rules.deadline(severity: "特别严重", foundOn: CivilDate(2026, 9, 30), calendar: calendar) == nil)
    // Calendar days count every day: 7 days after Friday 2026-11-20 is Friday 11-27.
    #expect(
      FindingKinds.end(
        of: DaySpan(count: 7, workdays: false), from: CivilDate(2026, 11, 20), calendar: calendar)
        == CivilDate(2026, 11, 27))
  }

  @Test(
    "every problem is reported with file and line: unknown roles, bad severities, duplicate categories"
  )
  func problems() throws {
    let fixture = try PluginFixture()
    try fixture.manifest("school")
    try fixture.write("school", "checklists/safety.lua", checklist)
    try fixture.write(
      "school", "findings.lua",
      """
      tz.finding_rules{ categories = { "校园安全" }, verifiers = { "校" } }
      tz.finding_rules{ categories = { "校园安全", "校园安全" }, verifiers = { "校长" } }
      tz.finding_rules{ categories = { "校园安全" }, verifiers = { "校长" }, severities = { { name = "一般", deadline = "10 weekdays" } } }
      tz.finding_rules{ categories = { "校园安全" }, verifiers = { "校长" }, severities = { { name = "一般", deadline = "3 days" }, { name = "一般", deadline = "1 days" } } }
      tz.finding_rules{ categories = { { name = "校园安全", checklist = { "canteen" }, owner = "食堂主任" } }, verifiers = { "校长" }, escalate = { "督学" } }
      tz.finding_rules{ categories = { "校园安全" }, verifier = { "校长" } }
      tz.finding_rules{ categories = {}, verifiers = { "校长" }, unit_types = { "hospital" } }
      tz.finding_rules{ categories = { "校园安全" }, verifiers = { "校长" }, unit_types = { "hospital" } }
      tz.finding_rules{ categories = { { title = "食品安全" } }, verifiers = { "校长" } }
      tz.finding_rules{ categories = { "校园安全" }, verifiers = { "校长" }, severities = { "一般" } }
      """)
    let problems = fixture.load().plugin("school")?.problems.map(\.description) ?? []
    let file = "\(fixture.root.path)/school/findings.lua"
    func at(_ line: Int, _ message: String) -> String {
      "plugin school: \(file):\(line): \(message)"
    }
    let expected = [
      at(2, #"finding_rules: categories[2]: category "校园安全" is declared twice"#),
      at(
        3,
        #"finding_rules: severities[1] "一般": deadline "10 weekdays" should read "N days" or "N workdays""#
      ),
      at(4, #"finding_rules: severities[2]: severity "一般" is declared twice"#),
      at(6, #"finding_rules: unknown field "verifier" (did you mean "verifiers"?)"#),
      at(
        6,
        #"finding_rules: missing field "verifiers" (roles that may verify and close a finding (销号))"#
      ),
      at(7, "finding_rules: categories should be a non-empty list of names or { name = … } tables"),
      at(9, #"finding_rules: categories[1]: unknown field "title""#),
      at(
        10,
        #"finding_rules: severities[1] should be { name = "一般", deadline = "10 workdays" }, got string"#
      ),
      at(1, #"finding_rules: verifier role "校" is not in plugin.lua's roles (did you mean "校长"?)"#),
      at(5, #"finding_rules: escalation role "督学" is not in plugin.lua's roles"#),
      at(5, #"finding_rules: category "校园安全": owner role "食堂主任" is not in plugin.lua's roles"#),
      at(
        5,
        #"finding_rules: category "校园安全": checklist category "canteen" is not declared (tz.category{…})"#
      ),
      at(8, #"finding_rules: unit type "hospital" is not one this plugin serves (school)"#),
    ]
    #expect(problems == expected)
  }

  @Test("a checklist category falls under one finding category at most")
  func checklistClaimedTwice() throws {
    let fixture = try PluginFixture()
    try fixture.manifest("school")
    try fixture.write("school", "checklists/safety.lua", checklist)
    try fixture.write(
      "school", "findings.lua",
      """
      tz.finding_rules{
        categories = { { name = "校园安全", checklist = { "safety" } }, { name = "消防", checklist = { "safety" } } },
        verifiers = { "校长" },
      }
      """)
    let problems = fixture.load().plugin("school")?.problems.map(\.message) ?? []
    #expect(
      problems == [#"finding_rules: checklist category "safety" falls under both "校园安全" and "消防""#])
  }

  @Test("a site plugin that extends a shipped one replaces its finding rules by declaring its own")
  func siteReplaces() throws {
    let shipped = try PluginFixture(), site = try PluginFixture()
    try shipped.manifest("school")
    try shipped.write("school", "checklists/safety.lua", checklist)
    try shipped.write(
      "school", "findings.lua",
      #"tz.finding_rules{ categories = { "校园安全" }, verifiers = { "校长" } }"#)
    try site.write(
      "school", "plugin.lua",
      """
      return { id = "school", name = "学校（清源区）", version = "1.0", api = 1, extends = "school",
        roles = { ["责任督学"] = "上级派驻" } }
      """)
    try site.write(
      "school", "findings.lua",
      """
      tz.finding_rules{ categories = { "校园安全", "食品安全" }, verifiers = { "责任督学" },
        severities = { { name = "严重", deadline = "1 workdays" } } }
      """)
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [shipped.root, site.root]))
    #expect(catalog.problems == [])
    let rules = catalog.findingKinds(for: "school")
    #expect(rules.categories.map(\.name) == ["校园安全", "食品安全"])
    #expect(rules.verifiers == ["责任督学"])
    #expect(rules.severities.map(\.name) == ["严重"])
    #expect(rules.position?.file.hasPrefix(site.root.path) == true)
  }

  @Test("the shipped plugins declare finding rules for every unit type they serve")
  func shipped() throws {
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [ShippedPluginTests.shipped]))
    #expect(catalog.problems.map(\.description) == [])
    for type in ["school", "hospital", "health_centre", "health_station", "community", "bureau"] {
      let rules = catalog.findingKinds(for: type)
      #expect(rules.isDeclared, "\(type)")
      #expect(rules.severities.map(\.name) == ["一般", "较重", "严重"], "\(type)")
      #expect(!rules.verifiers.isEmpty, "\(type)")
      #expect(rules.escalate.count >= 2, "\(type)")
    }
    // The 九不准 self-inspection: a finding about one of its attestations is filed under 九不准
    // and goes to the attestation's owner.
    let hospital = try #require(catalog.plugin("hospital"))
    let redEnvelope = try #require(hospital.items.first { $0.category == "prohibitions" })
    let defaults = catalog.findingKinds(for: "hospital").defaults(for: redEnvelope)
    #expect(defaults.category == "九不准")
    #expect(defaults.ownerRole == redEnvelope.owner)
    #expect(catalog.findingKinds(for: "school").verifiers == ["分管副校长", "校长"])
    #expect(catalog.findingKinds(for: "school").escalate.last == "责任督学")
  }
}
