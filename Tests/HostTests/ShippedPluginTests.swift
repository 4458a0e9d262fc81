import Foundation
import Host
import Testing

@Suite("The shipped plugins load cleanly and carry real checklists")
struct ShippedPluginTests {
  static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Plugins")

  @Test("school, hospital, community and bureau each load without problems, ≥ 30 items in ≥ 5 categories")
  func unitTypePlugins() throws {
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [Self.shipped]))
    #expect(catalog.problems.map(\.description) == [])
    for (id, unitType) in [("school", "school"), ("hospital", "hospital"), ("community", "community"), ("bureau", "bureau")] {
      let plugin = try #require(catalog.plugin(id), "\(id)")
      #expect(plugin.items.count >= 30, "\(id)")
      #expect(Set(plugin.items.map(\.category)).count >= 5, "\(id)")
      #expect(!plugin.reminders.isEmpty, "\(id)")
      #expect(catalog.plugin(forUnitType: unitType)?.id == id)
      // Every role an item names is in the plugin's vocabulary, and owners are real roles.
      let roles = Set(plugin.manifest?.roles.keys.map { $0 } ?? [])
      for item in plugin.items { #expect(roles.contains(item.owner), "\(id) \(item.id)") }
    }
    #expect(catalog.plugin("calendar")?.manifest?.kind == "data")
  }

  @Test("the hospital carries the Nine Prohibitions as attestations and the campaign's three phases")
  func hospitalContent() throws {
    let hospital = try #require(PluginCatalog.load(PluginSearchPath(folders: [Self.shipped])).plugin("hospital"))
    #expect(hospital.items.filter { $0.kind == .attestation }.count >= 9)
    #expect(hospital.phases.count >= 3)
  }
}

@Suite("Type stubs for plugin authors")
struct TypeStubTests {
  @Test("the committed Plugins/_meta/tz.lua is what the schema generates, so the two cannot drift")
  func committedStubsAreCurrent() throws {
    let committed = try String(
      contentsOf: ShippedPluginTests.shipped.appendingPathComponent("_meta/tz.lua"), encoding: .utf8)
    #expect(committed == TypeStubs.source(), "regenerate with: taizhang plugin stubs Plugins/_meta")
  }

  @Test("every item field the loader accepts is annotated, with the kinds spelt out")
  func itemFields() {
    let stubs = TypeStubs.source()
    for field in ["id", "title", "category", "every", "owner", "escalate", "applies", "statement"] {
      #expect(stubs.contains("---@field \(field)"), "\(field)")
    }
    #expect(stubs.contains(#"---@field kind "task"|"attestation"|"metric"|"standard""#))
    #expect(stubs.contains("function tz.item(declaration) end"))
  }
}
