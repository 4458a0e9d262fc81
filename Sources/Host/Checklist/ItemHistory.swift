import Foundation
import Scheduling
import Storage

/// The checklists' history (`item_version`): for each unit type, each item's definition
/// and the day the ledger first saw it in force. A new item is due only from that day, a
/// changed schedule applies from the day of the change, and earlier days keep the
/// definition they had — so editing a checklist never re-judges the past. The definitions
/// found the first time the ledger looks at a unit type are in force from the beginning.
/// An item whose declaration sets `from` or `until` follows those dates instead.
public struct ItemHistory {
  /// One version as the history keeps it.
  public struct Version: Sendable {
    /// The first day in force; nil: from the beginning.
    public let since: CivilDate?
    /// What the item was.
    public let definition: ItemDefinition
  }

  /// Versions by unit type and item, oldest first.
  private(set) var versions: [String: [String: [Version]]]
  /// The day the changes seen now count from.
  public let day: CivilDate
  /// Versions found by `load` that the store did not hold yet.
  public private(set) var added: [ItemVersion] = []

  /// Reads the history and adds what the catalog's usable plugins show that is new or
  /// changed since, dated `day`; with `persist`, writes the additions to the store.
  public static func load(
    store: any Store, catalog: PluginCatalog, day: CivilDate, persist: Bool, now: Date = Date()
  ) throws -> ItemHistory {
    var history = ItemHistory(versions: [:], day: day)
    for stored in try store.itemVersions() {
      guard let definition = ItemDefinition(json: stored.definition) else { continue }
      let since = stored.since.isEmpty ? nil : CivilDate(stored.since)
      history.versions[stored.unitType, default: [:]][stored.itemID, default: []].append(
        Version(since: since, definition: definition))
    }
    for plugin in catalog.plugins where plugin.isUsable && !plugin.items.isEmpty {
      for type in plugin.manifest?.unitTypes ?? [] where catalog.serving(unitType: type) === plugin {
        history.observe(plugin.items, unitType: type, now: now)
      }
    }
    if persist { try store.addItemVersions(history.added) }
    return history
  }

  /// Adds the versions the current items make for a unit type.
  private mutating func observe(_ items: [ChecklistItem], unitType: String, now: Date) {
    let known = versions[unitType] ?? [:]
    let baseline = known.isEmpty
    let since = baseline ? nil : day
    func add(_ id: String, _ definition: ItemDefinition) {
      versions[unitType, default: [:]][id, default: []].append(Version(since: since, definition: definition))
      added.append(
        ItemVersion(
          unitType: unitType, itemID: id, since: since?.description ?? "", definition: definition.json,
          seenAt: now))
    }
    var current: Set<String> = []
    for item in items {
      current.insert(item.id)
      let definition = ItemDefinition(item)
      if known[item.id]?.last?.definition != definition { add(item.id, definition) }
    }
    for (id, list) in known.sorted(by: { $0.key < $1.key })
    where !current.contains(id) && list.last?.definition.removed == false {
      add(id, .removed)
    }
  }

  /// The items the history knows for a unit type (seen before or now), by id.
  public func itemIDs(unitType: String) -> [String] { (versions[unitType] ?? [:]).keys.sorted() }

  /// The versions of an item for a unit type, oldest first.
  public func versions(of itemID: String, unitType: String) -> [Version] {
    versions[unitType]?[itemID] ?? []
  }

  /// The spans of days each version of `item` governed, with the rule to expand in each;
  /// nil when the history does not restrict it (never seen as a change, or explicit dates).
  func spans(of item: ChecklistItem, unitType: String) -> [(days: Span, rule: RecurrenceRule?)]? {
    guard item.schedule.from == nil, item.schedule.until == nil else { return nil }
    let list = versions(of: item.id, unitType: unitType)
    guard !list.isEmpty, !(list.count == 1 && list[0].since == nil) else { return nil }
    return list.indices.map { i in
      let from = list[i].since
      let to = i + 1 < list.count ? list[i + 1].since.map { $0.adding(days: -1) } : nil
      let isLast = i == list.count - 1
      let rule = list[i].definition.removed
        ? nil : (isLast ? item.schedule : (try? RecurrenceRule(parsing: list[i].definition.every)))
      return (Span(from: from, to: to), rule)
    }
  }

  /// The item as it stood on `day` (its target and weight then), for judging a period
  /// ending that day; the item itself when the history knows no other definition.
  func item(_ item: ChecklistItem, unitType: String, on day: CivilDate) -> ChecklistItem {
    let list = versions(of: item.id, unitType: unitType)
    guard let version = list.last(where: { $0.since.map { $0 <= day } ?? true }),
      !version.definition.removed, version.definition != ItemDefinition(item)
    else { return item }
    var old = item
    old.weight = version.definition.weight
    old.target = version.definition.target
    return old
  }

  /// A span of days, open at either end.
  struct Span {
    let from: CivilDate?
    let to: CivilDate?
    func contains(_ day: CivilDate) -> Bool {
      (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
    }
  }
}
