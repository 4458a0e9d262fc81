import LuaRuntime
import Storage

/// `tz.unit`: the unit in context — inside an `applies` function, a spec's
/// `spec.with_unit`, or a report body — with its attributes, the people holding its
/// roles, its parent and its children. Anywhere else each function raises an error.
enum UnitService {
  static let module = ServiceModule(
    name: "unit", summary: "The unit in context: attributes, roles and people, parent, children.",
    classes: """
      ---A unit as the tz.unit functions return it.
      ---@class tz.UnitInfo
      ---@field id string
      ---@field name string
      ---@field type string
      ---@field parent_id string?
      ---@field attributes table<string, string>

      ---A person holding a role.
      ---@class tz.Person
      ---@field id string
      ---@field name string

      """,
    functions: [
      ServiceFunction("current", "The unit in context.", returns: "tz.UnitInfo") { call, s in
        call.push(unitValue(try s.requireUnit("tz.unit.current")))
      },
      ServiceFunction(
        "attribute", "One attribute of the unit, e.g. tz.unit.attribute(\"寄宿\").",
        [("key", "string", "the attribute's name")], returns: "string?"
      ) { call, s in
        let unit = try s.requireUnit("tz.unit.attribute")
        call.push(unit.attributes[try call.string(1)].map(LuaValue.string) ?? .nil)
      },
      ServiceFunction(
        "roles", "The unit's roles and the ids of the people holding each.",
        returns: "table<string, string[]>"
      ) { call, s in
        let unit = try s.requireUnit("tz.unit.roles")
        var table = LuaTable()
        let assignments = try s.store?.roleAssignments(unitID: unit.id, personID: nil) ?? []
        for (role, held) in Dictionary(grouping: assignments, by: \.role) {
          table[role] = .table(
            LuaTable(sequence: held.map(\.personID).sorted().map(LuaValue.string)))
        }
        call.push(.table(table))
      },
      ServiceFunction(
        "people", "The people holding a role in the unit.",
        [("role", "string", "a role name, e.g. 校长")], returns: "tz.Person[]"
      ) { call, s in
        let unit = try s.requireUnit("tz.unit.people")
        let role = try call.string(1)
        let store = s.store
        let ids =
          try store?.roleAssignments(unitID: unit.id, personID: nil).filter { $0.role == role }.map(
            \.personID) ?? []
        let people = try ids.sorted().compactMap { try store?.person($0) }
        call.push(
          .table(
            LuaTable(
              sequence: people.map {
                .table(LuaTable(fields: ["id": .string($0.id), "name": .string($0.name)]))
              })))
      },
      ServiceFunction("parent", "The unit's superior, or nil for a root.", returns: "tz.UnitInfo?")
      { call, s in
        let unit = try s.requireUnit("tz.unit.parent")
        let parent = try unit.parentID.flatMap { try s.store?.unit($0) }
        call.push(parent.map(unitValue) ?? .nil)
      },
      ServiceFunction("children", "The units directly under the unit.", returns: "tz.UnitInfo[]") {
        call, s in
        let unit = try s.requireUnit("tz.unit.children")
        let children = try s.store?.children(of: unit.id) ?? []
        call.push(.table(LuaTable(sequence: children.map(unitValue))))
      },
    ])

  /// A unit as Lua sees it; also what `applies` receives.
  static func unitValue(_ unit: OrgUnit) -> LuaValue {
    var attributes = LuaTable()
    for (key, value) in unit.attributes { attributes[key] = .string(value) }
    return .table(
      LuaTable(fields: [
        "id": .string(unit.id), "name": .string(unit.name), "type": .string(unit.type),
        "parent_id": unit.parentID.map(LuaValue.string) ?? .nil, "attributes": .table(attributes),
      ]))
  }
}
