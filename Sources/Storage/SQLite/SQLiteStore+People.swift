import Foundation
import GRDB

extension SQLiteStore {
  /// The person with this id, or nil.
  public func person(_ id: String) throws -> Person? {
    try read { db in try Self.fetchPerson(db, id) }
  }

  /// All people, ordered by id.
  public func people() throws -> [Person] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM person ORDER BY id").map(Self.person(from:))
    }
  }

  /// Adds a person.
  public func addPerson(_ person: Person, by actor: String) throws {
    try write { db in
      guard try Self.fetchPerson(db, person.id) == nil else {
        throw StoreError(.duplicate, "人员编号 \"\(person.id)\" 已存在")
      }
      try Self.upsertPerson(db, person)
      try audit(
        db, actor: actor, action: "add", entity: "person", entityID: person.id, unitID: nil,
        before: nil, after: JSONText.encode(person))
    }
  }

  /// Replaces a person's fields.
  public func updatePerson(_ person: Person, by actor: String) throws {
    try write { db in
      guard let old = try Self.fetchPerson(db, person.id) else {
        throw StoreError(.notFound, "人员 \"\(person.id)\" 不存在")
      }
      try Self.upsertPerson(db, person)
      try audit(
        db, actor: actor, action: "edit", entity: "person", entityID: person.id, unitID: nil,
        before: JSONText.encode(old), after: JSONText.encode(person))
    }
  }

  /// Assigns a role (no-op when already assigned).
  public func assignRole(_ assignment: RoleAssignment, by actor: String) throws {
    try write { db in try assign(db, assignment, actor: actor) }
  }

  /// Removes a role assignment.
  public func unassignRole(_ assignment: RoleAssignment, by actor: String) throws {
    try write { db in
      try db.execute(
        sql: "DELETE FROM role_assignment WHERE unit_id = ? AND role = ? AND person_id = ?",
        arguments: [assignment.unitID, assignment.role, assignment.personID])
      guard db.changesCount > 0 else {
        throw StoreError(
          .notFound,
          "单位 \"\(assignment.unitID)\" 中 \"\(assignment.personID)\" 没有担任角色 "
            + "\"\(assignment.role)\"")
      }
      try audit(
        db, actor: actor, action: "unassign", entity: "role",
        entityID: "\(assignment.unitID)/\(assignment.role)/\(assignment.personID)",
        unitID: assignment.unitID, before: JSONText.encode(assignment), after: nil)
    }
  }

  /// Role assignments, filtered by unit and/or person.
  public func roleAssignments(unitID: String?, personID: String?) throws -> [RoleAssignment] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM role_assignment
          WHERE (?1 IS NULL OR unit_id = ?1) AND (?2 IS NULL OR person_id = ?2)
          ORDER BY unit_id, role, person_id
          """, arguments: [unitID, personID]
      ).map { RoleAssignment(unitID: $0["unit_id"], role: $0["role"], personID: $0["person_id"]) }
    }
  }

  /// Adds or replaces a whole batch in one transaction.
  public func importDirectory(_ batch: DirectoryBatch, by actor: String) throws {
    try write { db in
      for person in batch.people {
        let old = try Self.fetchPerson(db, person.id)
        if old == person { continue }
        try Self.upsertPerson(db, person)
        try audit(
          db, actor: actor, action: "import", entity: "person", entityID: person.id,
          unitID: nil, before: old.map(JSONText.encode), after: JSONText.encode(person))
      }
      for unit in batch.units {
        let old = try Self.fetchUnit(db, unit.id)
        if old == unit { continue }
        try Self.checkParent(db, of: unit)
        if old == nil { try Self.insertUnit(db, unit) } else { try Self.saveUnit(db, unit) }
        try audit(
          db, actor: actor, action: "import", entity: "unit", entityID: unit.id,
          unitID: unit.id, before: old.map(JSONText.encode), after: JSONText.encode(unit))
      }
      for assignment in batch.roles {
        try assign(db, assignment, actor: actor, action: "import")
      }
    }
  }

  func assign(
    _ db: Database, _ assignment: RoleAssignment, actor: String, action: String = "assign"
  ) throws {
    guard try Self.fetchUnit(db, assignment.unitID) != nil else {
      throw StoreError(.notFound, "单位 \"\(assignment.unitID)\" 不存在")
    }
    guard try Self.fetchPerson(db, assignment.personID) != nil else {
      throw StoreError(.notFound, "人员 \"\(assignment.personID)\" 不存在")
    }
    try db.execute(
      sql: "INSERT OR IGNORE INTO role_assignment (unit_id, role, person_id) VALUES (?, ?, ?)",
      arguments: [assignment.unitID, assignment.role, assignment.personID])
    guard db.changesCount > 0 else { return }
    try audit(
      db, actor: actor, action: action, entity: "role",
      entityID: "\(assignment.unitID)/\(assignment.role)/\(assignment.personID)",
      unitID: assignment.unitID, before: nil, after: JSONText.encode(assignment))
  }

  static func fetchPerson(_ db: Database, _ id: String) throws -> Person? {
    try Row.fetchOne(db, sql: "SELECT * FROM person WHERE id = ?", arguments: [id])
      .map(person(from:))
  }

  static func person(from row: Row) -> Person {
    Person(id: row["id"], name: row["name"], contacts: JSONText.decodeStrings(row["contacts"]))
  }

  static func upsertPerson(_ db: Database, _ person: Person) throws {
    try db.execute(
      sql: """
        INSERT INTO person (id, name, contacts) VALUES (?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, contacts = excluded.contacts
        """, arguments: [person.id, person.name, JSONText.strings(person.contacts)])
  }
}
