import Storage

/// Who holds which role where, read once per run: the units with their parents, the
/// people, and the role holders per unit.
struct RemindDirectory {
  let units: [String: OrgUnit]
  let people: [String: Person]
  private let holders: [String: [String: [String]]]  // unit → role → person ids

  /// The directory of `store`, whose units the caller has already read.
  init(store: any Store, units: [OrgUnit]) throws {
    self.units = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) })
    people = Dictionary(uniqueKeysWithValues: try store.people().map { ($0.id, $0) })
    var holders: [String: [String: [String]]] = [:]
    for a in try store.roleAssignments(unitID: nil, personID: nil) {
      holders[a.unitID, default: [:]][a.role, default: []].append(a.personID)
    }
    self.holders = holders
  }

  /// The people holding `role` in the unit; with `searchUp`, in the nearest unit above
  /// that has someone in it (a role such as 责任督学 may be held at the bureau).
  func holders(of role: String, in unitID: String, searchUp: Bool) -> [String] {
    var id: String? = unitID
    var seen: Set<String> = []
    while let current = id, seen.insert(current).inserted {
      if let found = holders[current]?[role], !found.isEmpty { return found.sorted() }
      guard searchUp else { return [] }
      id = units[current]?.parentID
    }
    return []
  }

  /// The people who hear an escalation step: the item's chain roles in order (searched
  /// upwards), then the superior unit's `superiorRoles`. Empty past the chain's end.
  func escalation(level: Int, chain: [String], unitID: String, superiorRoles: [String]) -> (role: String, people: [String])? {
    if level <= chain.count {
      let role = chain[level - 1]
      return (role, holders(of: role, in: unitID, searchUp: true))
    }
    guard level == chain.count + 1, let parent = units[unitID]?.parentID else { return nil }
    for role in superiorRoles {
      let people = holders(of: role, in: parent, searchUp: false)
      if !people.isEmpty { return (role, people) }
    }
    return (superiorRoles.first.map { "\(parent)/\($0)" } ?? parent, [])
  }

  /// How many escalation steps an item has in a unit.
  func levels(chain: [String], unitID: String, superiorRoles: [String]) -> Int {
    chain.count + (units[unitID]?.parentID != nil && !superiorRoles.isEmpty ? 1 : 0)
  }
}
