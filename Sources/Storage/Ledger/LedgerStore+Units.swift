import Foundation

extension LedgerStore {
  /// The unit with this id, or nil.
  public func unit(_ id: String) throws -> OrgUnit? {
    try read { db in try Self.fetchUnit(db, id) }
  }

  /// All units, ordered by id.
  public func units() throws -> [OrgUnit] {
    try read { db in try db.query("SELECT * FROM unit ORDER BY id").map(Self.unit(from:)) }
  }

  /// The direct children of a unit, ordered by id.
  public func children(of id: String) throws -> [OrgUnit] {
    try read { db in
      try db.query("SELECT * FROM unit WHERE parent_id = $1 ORDER BY id", [.text(id)])
        .map(Self.unit(from:))
    }
  }

  /// Adds a unit.
  public func addUnit(_ unit: OrgUnit, by actor: String) throws {
    try write { db in
      guard try Self.fetchUnit(db, unit.id) == nil else {
        throw StoreError(.duplicate, "单位编号 \"\(unit.id)\" 已存在")
      }
      try Self.checkParent(db, of: unit)
      try Self.insertUnit(db, unit)
      try audit(
        db, actor: actor, action: "add", entity: "unit", entityID: unit.id, unitID: unit.id,
        before: nil, after: JSONText.encode(unit))
    }
  }

  /// Replaces a unit's fields, including its parent.
  public func updateUnit(_ unit: OrgUnit, by actor: String) throws {
    try write { db in
      guard let old = try Self.fetchUnit(db, unit.id, lock: true) else {
        throw StoreError(.notFound, "单位 \"\(unit.id)\" 不存在")
      }
      try Self.checkParent(db, of: unit)
      try Self.saveUnit(db, unit)
      let action = old.parentID != unit.parentID ? "move" : "edit"
      try audit(
        db, actor: actor, action: action, entity: "unit", entityID: unit.id, unitID: unit.id,
        before: JSONText.encode(old), after: JSONText.encode(unit))
    }
  }

  /// Removes a unit with no children and no ledger data.
  public func removeUnit(_ id: String, by actor: String) throws {
    try write { db in
      guard let old = try Self.fetchUnit(db, id, lock: true) else {
        throw StoreError(.notFound, "单位 \"\(id)\" 不存在")
      }
      let children =
        try db.integer("SELECT count(*) FROM unit WHERE parent_id = $1", [.text(id)]) ?? 0
      guard children == 0 else {
        throw StoreError(.conflict, "单位 \"\(id)\" 还有 \(children) 个下级单位，不能删除")
      }
      let used =
        try db.integer(
          """
          SELECT (SELECT count(*) FROM occurrence WHERE unit_id = $1)
               + (SELECT count(*) FROM report WHERE unit_id = $1)
               + (SELECT count(*) FROM inspection WHERE unit_id = $1)
               + (SELECT count(*) FROM finding WHERE unit_id = $1)
          """, [.text(id)]) ?? 0
      guard used == 0 else {
        throw StoreError(.conflict, "单位 \"\(id)\" 已有台账记录，不能删除")
      }
      try db.execute("DELETE FROM unit WHERE id = $1", [.text(id)])
      try audit(
        db, actor: actor, action: "remove", entity: "unit", entityID: id, unitID: id,
        before: JSONText.encode(old), after: nil)
    }
  }

  package static func fetchUnit(_ db: any SQLSession, _ id: String, lock: Bool = false) throws -> OrgUnit? {
    try db.query("SELECT * FROM unit WHERE id = $1" + (lock ? db.dialect.forUpdate : ""), [.text(id)])
      .first.map(unit(from:))
  }

  static func unit(from row: SQLRow) -> OrgUnit {
    OrgUnit(
      id: row.text("id"), name: row.text("name"), type: row.text("type"),
      parentID: row.optionalText("parent_id"),
      attributes: JSONText.decodeStrings(row.text("attributes")),
      terms: JSONText.decode([SchoolTerm].self, row.text("terms")) ?? [])
  }

  /// The unit columns in the order `unit(from: cursor)` reads them.
  static let unitColumns = "id, name, type, parent_id, attributes, terms"

  static func unit(from cursor: any SQLCursor) -> OrgUnit {
    OrgUnit(
      id: cursor.text(0), name: cursor.text(1), type: cursor.text(2),
      parentID: cursor.optionalText(3), attributes: JSONText.decodeStrings(cursor.text(4)),
      terms: JSONText.decode([SchoolTerm].self, cursor.text(5)) ?? [])
  }

  static func insertUnit(_ db: any SQLSession, _ unit: OrgUnit) throws {
    try db.execute(
      """
      INSERT INTO unit (id, name, type, parent_id, attributes, terms)
      VALUES ($1, $2, $3, $4, $5, $6)
      """,
      [
        .text(unit.id), .text(unit.name), .text(unit.type), .text(unit.parentID),
        .text(JSONText.strings(unit.attributes)), .text(JSONText.encode(unit.terms)),
      ])
  }

  static func saveUnit(_ db: any SQLSession, _ unit: OrgUnit) throws {
    try db.execute(
      """
      UPDATE unit SET name = $1, type = $2, parent_id = $3, attributes = $4, terms = $5
      WHERE id = $6
      """,
      [
        .text(unit.name), .text(unit.type), .text(unit.parentID),
        .text(JSONText.strings(unit.attributes)), .text(JSONText.encode(unit.terms)),
        .text(unit.id),
      ])
  }

  /// Checks, against every unit's parent, that the unit's parent exists and that the unit
  /// is not its own ancestor.
  static func checkParent(of unit: OrgUnit, parents: [String: String?]) throws {
    guard let parentID = unit.parentID else { return }
    var cursor: String? = parentID
    var seen: Set<String> = []
    while let current = cursor {
      if current == unit.id {
        throw StoreError(.conflict, "单位 \"\(unit.id)\" 不能成为自己的下级（上级链形成环）")
      }
      guard seen.insert(current).inserted else { break }
      guard let parent = parents[current] else {
        throw StoreError(.notFound, "上级单位 \"\(current)\" 不存在")
      }
      cursor = parent
    }
  }

  /// Checks the parent exists and that the unit is not its own ancestor.
  static func checkParent(_ db: any SQLSession, of unit: OrgUnit) throws {
    guard let parentID = unit.parentID else { return }
    var cursor: String? = parentID
    var seen: Set<String> = []
    while let current = cursor {
      if current == unit.id {
        throw StoreError(.conflict, "单位 \"\(unit.id)\" 不能成为自己的下级（上级链形成环）")
      }
      guard seen.insert(current).inserted else { break }
      guard let found = try fetchUnit(db, current) else {
        throw StoreError(.notFound, "上级单位 \"\(current)\" 不存在")
      }
      cursor = found.parentID
    }
  }
}
