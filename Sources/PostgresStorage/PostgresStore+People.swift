import Foundation
import Storage

extension PostgresStore {
  /// The person with this id, or nil.
  public func person(_ id: String) throws -> Person? {
    try session { db in try Self.fetchPerson(db, id) }
  }

  /// All people, ordered by id.
  public func people() throws -> [Person] {
    try session { db in try db.query("SELECT * FROM person ORDER BY id").map(Self.person(from:)) }
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
      guard let old = try Self.fetchPerson(db, person.id, lock: true) else {
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
      let removed = try db.execute(
        "DELETE FROM role_assignment WHERE unit_id = $1 AND role = $2 AND person_id = $3",
        [.text(assignment.unitID), .text(assignment.role), .text(assignment.personID)])
      guard removed > 0 else {
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
    try session { db in
      try db.query(
        """
        SELECT * FROM role_assignment
        WHERE ($1::text IS NULL OR unit_id = $1) AND ($2::text IS NULL OR person_id = $2)
        ORDER BY unit_id, role, person_id
        """, [.text(unitID), .text(personID)]
      ).map {
        RoleAssignment(
          unitID: $0.text("unit_id"), role: $0.text("role"), personID: $0.text("person_id"))
      }
    }
  }

  /// Adds or replaces a whole batch in one transaction.
  public func importDirectory(_ batch: DirectoryBatch, by actor: String) throws {
    try write { db in
      for person in batch.people {
        let old = try Self.fetchPerson(db, person.id, lock: true)
        if old == person { continue }
        try Self.upsertPerson(db, person)
        try audit(
          db, actor: actor, action: "import", entity: "person", entityID: person.id,
          unitID: nil, before: old.map(JSONText.encode), after: JSONText.encode(person))
      }
      for unit in batch.units {
        let old = try Self.fetchUnit(db, unit.id, lock: true)
        if old == unit { continue }
        try Self.checkParent(db, of: unit)
        if old == nil { try Self.insertUnit(db, unit) } else { try Self.saveUnit(db, unit) }
        try audit(
          db, actor: actor, action: "import", entity: "unit", entityID: unit.id,
          unitID: unit.id, before: old.map(JSONText.encode), after: JSONText.encode(unit))
      }
      try importRoles(db, batch.roles, actor: actor)
    }
  }

  /// The roles of an import in a few statements rather than four round trips each: the
  /// units and people are checked in one query apiece, the assignments inserted and their
  /// audit rows written a few thousand at a time. Errors name the first bad row, as
  /// `assign` would.
  private func importRoles(_ db: PGSession, _ roles: [RoleAssignment], actor: String) throws {
    guard !roles.isEmpty else { return }
    func existing(_ table: String, _ ids: Set<String>) throws -> Set<String> {
      Set(try db.query("SELECT id FROM \(table) WHERE id = ANY($1)", [.texts(ids.sorted())]).map { $0.text("id") })
    }
    let units = try existing("unit", Set(roles.map(\.unitID)))
    let people = try existing("person", Set(roles.map(\.personID)))
    for a in roles {
      guard units.contains(a.unitID) else { throw StoreError(.notFound, "单位 \"\(a.unitID)\" 不存在") }
      guard people.contains(a.personID) else { throw StoreError(.notFound, "人员 \"\(a.personID)\" 不存在") }
    }
    let at = StoredTime.millis(Date())
    for start in stride(from: 0, to: roles.count, by: 5000) {
      let chunk = roles[start..<min(roles.count, start + 5000)]
      var added = Set(
        try db.query(
          """
          INSERT INTO role_assignment (unit_id, role, person_id)
          SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
          ON CONFLICT DO NOTHING RETURNING unit_id, role, person_id
          """, [.texts(chunk.map(\.unitID)), .texts(chunk.map(\.role)), .texts(chunk.map(\.personID))]
        ).map { RoleAssignment(unitID: $0.text("unit_id"), role: $0.text("role"), personID: $0.text("person_id")) })
      // In the order given; a row repeated in the file is audited once.
      let audited = chunk.filter { added.remove($0) != nil }
      guard !audited.isEmpty else { continue }
      _ = try db.execute(
        """
        INSERT INTO audit (at, actor, action, entity, entity_id, unit_id, before, after)
        SELECT $1, $2, 'import', 'role', e, u, NULL, a FROM unnest($3::text[], $4::text[], $5::text[]) AS t(e, u, a)
        """,
        [
          .integer(at), .text(actor), .texts(audited.map { "\($0.unitID)/\($0.role)/\($0.personID)" }),
          .texts(audited.map(\.unitID)), .texts(audited.map { JSONText.encode($0) }),
        ])
    }
  }

  func assign(
    _ db: PGSession, _ assignment: RoleAssignment, actor: String, action: String = "assign"
  ) throws {
    guard try Self.fetchUnit(db, assignment.unitID) != nil else {
      throw StoreError(.notFound, "单位 \"\(assignment.unitID)\" 不存在")
    }
    guard try Self.fetchPerson(db, assignment.personID) != nil else {
      throw StoreError(.notFound, "人员 \"\(assignment.personID)\" 不存在")
    }
    let added = try db.execute(
      """
      INSERT INTO role_assignment (unit_id, role, person_id) VALUES ($1, $2, $3)
      ON CONFLICT DO NOTHING
      """, [.text(assignment.unitID), .text(assignment.role), .text(assignment.personID)])
    guard added > 0 else { return }
    try audit(
      db, actor: actor, action: action, entity: "role",
      entityID: "\(assignment.unitID)/\(assignment.role)/\(assignment.personID)",
      unitID: assignment.unitID, before: nil, after: JSONText.encode(assignment))
  }

  static func fetchPerson(_ db: PGSession, _ id: String, lock: Bool = false) throws -> Person? {
    try db.query("SELECT * FROM person WHERE id = $1" + (lock ? " FOR UPDATE" : ""), [.text(id)])
      .first.map(person(from:))
  }

  static func person(from row: PGRow) -> Person {
    Person(
      id: row.text("id"), name: row.text("name"),
      contacts: JSONText.decodeStrings(row.text("contacts")))
  }

  static func upsertPerson(_ db: PGSession, _ person: Person) throws {
    try db.execute(
      """
      INSERT INTO person (id, name, contacts) VALUES ($1, $2, $3)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, contacts = excluded.contacts
      """, [.text(person.id), .text(person.name), .text(JSONText.strings(person.contacts))])
  }
}
