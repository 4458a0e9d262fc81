import Foundation
import Testing

@testable import Storage

@Suite("Item versions: added once per unit type, item and day, read back in order")
struct ItemHistoryStoreTests {
  func version(_ type: String, _ item: String, _ since: String, _ definition: String) -> ItemVersion {
    ItemVersion(unitType: type, itemID: item, since: since, definition: definition, seenAt: Date(timeIntervalSince1970: 1_795_000_000))
  }

  @Test("versions come back by type, item and since; a second add of the same key keeps the first", arguments: Backend.all)
  func addAndRead(_ backend: Backend) throws {
    let s = try Scratch(backend)
    #expect(try s.store.itemVersions().isEmpty)
    try s.store.addItemVersions([
      version("school", "b.item", "2026-11-16", "new"),
      version("school", "b.item", "", "old"),
      version("hospital", "a.item", "", "h"),
    ])
    try s.store.addItemVersions([version("school", "b.item", "2026-11-16", "other run, same day")])
    let all = try s.store.itemVersions()
    #expect(all.map { "\($0.unitType)/\($0.itemID)/\($0.since)/\($0.definition)" } == [
      "hospital/a.item//h", "school/b.item//old", "school/b.item/2026-11-16/new",
    ])
    #expect(all[0].seenAt == Date(timeIntervalSince1970: 1_795_000_000))
  }
}
