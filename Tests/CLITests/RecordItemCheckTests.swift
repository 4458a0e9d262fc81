import Testing

@Suite("record checks item ids against the unit's plugin")
struct RecordItemCheckTests {
  func ledger() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school")
    try cli.run(
      "unit", "add", "hx-lib", "--name", "河西图书馆", "--type", "library", "--allow-unserved-type")
    return cli
  }

  @Test("an item of the school plugin is recorded")
  func knownItem() throws {
    let result = try ledger().run("record", "integrity.affairs_open", "--unit", "hx-xx", "--period", "2026-11")
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test("an unknown item is refused with the closest id, and nothing is written")
  func unknownItem() throws {
    let cli = try ledger()
    let result = try cli.run("record", "safety.building_chek", "--unit", "hx-xx")
    #expect(result.status == 2)
    #expect(result.stderr.contains(#"插件 school 中没有事项 "safety.building_chek"（是否想输入 safety.building_check？）"#))
    let audit = try cli.run("audit", "--unit", "hx-xx", "--json")
    #expect(!audit.stdout.contains("building_chek"))
  }

  @Test("a unit type no plugin serves takes any item id")
  func unservedType() throws {
    #expect(try ledger().run("record", "reading-week", "--unit", "hx-lib").status == 0)
  }
}
