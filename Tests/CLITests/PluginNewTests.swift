import Foundation
import Testing

@Suite("taizhang plugin new scaffolds plugins that check cleanly")
struct PluginNewTests {
  @Test("a fresh plugin and one extending school both pass plugin check as written")
  func scaffolds() throws {
    let cli = try CLI()
    let site = cli.folder.appendingPathComponent("site").path
    #expect(try cli.run("plugin", "new", "library", "--folder", site, db: false).status == 0)
    #expect(try cli.run("plugin", "new", "school", "--folder", site, "--extends", "school", db: false).status == 0)
    let check = try cli.run("plugin", "check", "--plugins", site, db: false)
    #expect(check.status == 0, "\(check.stderr)")
    let list = try cli.run("plugin", "list", "--plugins", site, "--json", db: false)
    let json = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any]
    let ids = (json?["plugins"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(ids == ["bureau", "calendar", "community", "hospital", "library", "school"])
    #expect(try cli.run("plugin", "new", "library", "--folder", site, db: false).status == 1)
    #expect(try cli.run("plugin", "new", "Bad-Name", "--folder", site, db: false).status == 2)
  }
}

@Suite("taizhang plugin show")
struct PluginShowTests {
  @Test("shows a plugin's items by category and its finding rules; an unknown id is a usage error")
  func show() throws {
    let cli = try CLI()
    let text = try cli.run("plugin", "show", "school", db: false)
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("school · 学校"))
    #expect(text.stdout.contains("【平安校园】"))
    let json = try cli.run("plugin", "show", "hospital", "--json", db: false)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let items = object?["items"] as? [[String: Any]] ?? []
    #expect(items.filter { $0["kind"] as? String == "attestation" }.count >= 9)
    // The finding rules: 九不准 gathers the findings of the prohibitions' attestations.
    #expect(text.stdout.contains("验收销号：分管副校长、校长（整改人本人不能销号）"))
    #expect(text.stdout.contains("逾期3个工作日起依次告知：分管副校长 → 校长 → 责任督学 → 上级单位"))
    let rules = object?["finding_rules"] as? [[String: Any]] ?? []
    let categories = rules.first?["categories"] as? [[String: Any]] ?? []
    #expect(categories.first?["name"] as? String == "九不准")
    #expect(categories.first?["checklist"] as? [String] == ["prohibitions"])
    #expect(try cli.run("plugin", "show", "nursery", db: false).status == 2)
  }
}
