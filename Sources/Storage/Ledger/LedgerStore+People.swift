import Foundation

extension LedgerStore {
  /// The person with this id, or nil.
  public func person(_ id: String) throws -> Person? {
    try read { db in try Self.fetchPerson(db, id) }
  }

  /// All people, ordered by id.
  public func people() throws -> [Person] {
    try read { db in try db.query("SELECT * FROM person ORDER BY id").map(Self.person(from:)) }
  }

  /// Adds a person.
  public func addPerson(_ person: Person, by actor: String) throws {
    try write { db in
      guard try Self.fetchPerson(db, person.id) == nil else {
        throw StoreError(.duplicate, "人员编号 \"\(person.id)\" 已存在")
      }
      try Self.upsertPeople(db, [person])
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
      try Self.upsertPeople(db, [person])
      try audit(
        db, actor: actor, action: "edit", entity: "person", entityID: person.id, unitID: nil,
        before: JSONText.encode(old), after: JSONText.encode(person))
    }
  }

  /// Assigns a role (no-op when already assigned).
  public func assignRole(_ assignment: RoleAssignment, by actor: String) throws {
    try write { db in
      guard try Self.fetchUnit(db, assignment.unitID) != nil else {
        throw StoreError(.notFound, "单位 \"\(assignment.unitID)\" 不存在")
      }
      guard try Self.fetchPerson(db, assignment.personID) != nil else {
        throw StoreError(.notFound, "人员 \"\(assignment.personID)\" 不存在")
      }
      try Self.insertRoles(db, [assignment], actor: actor, action: "assign")
    }
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
        entityID: Self.roleEntityID(assignment), unitID: assignment.unitID,
        before: JSONText.encode(assignment), after: nil)
    }
  }

  /// Role assignments, filtered by unit and/or person.
  public func roleAssignments(unitID: String?, personID: String?) throws -> [RoleAssignment] {
    var clauses: [String] = []
    var values: [StoredValue] = []
    if let unitID {
      values.append(.text(unitID))
      clauses.append("unit_id = $\(values.count)")
    }
    if let personID {
      values.append(.text(personID))
      clauses.append("person_id = $\(values.count)")
    }
    let filter = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
    return try read { db in
      try db.query(
        "SELECT * FROM role_assignment\(filter) ORDER BY unit_id, role, person_id", values
      ).map(Self.role(from:))
    }
  }

  /// Adds or replaces a whole batch in one transaction, in a few statements whatever its
  /// size: what is stored is read in chunks, compared in memory, and the changes written
  /// and audited with multi-row statements. Errors name the first bad row, as adding the
  /// rows one by one would; nothing is written then.
  public func importDirectory(_ batch: DirectoryBatch, by actor: String) throws {
    try write { db in
      var audits: [[StoredValue]] = []
      let at = StoredTime.millis(Date())
      func audited(_ entity: String, _ id: String, _ unitID: String?, _ before: String?, _ after: String) {
        audits.append([
          .integer(at), .text(actor), .text("import"), .text(entity), .text(id), .text(unitID),
          .text(before), .text(after),
        ])
      }

      var storedPeople: [String: Person] = [:]
      try db.queryIn(
        "SELECT id, name, contacts FROM person WHERE id IN (", Set(batch.people.map(\.id)).sorted().map { .text($0) },
        tail: db.dialect.forUpdate
      ) { cursor in
        let person = Self.person(from: cursor)
        storedPeople[person.id] = person
      }
      var changedPeople: [Person] = []
      for person in batch.people {
        let old = storedPeople[person.id]
        if old == person { continue }
        storedPeople[person.id] = person
        changedPeople.append(person)
        audited("person", person.id, nil, old.map(JSONText.encode), JSONText.encode(person))
      }
      try Self.upsertPeople(db, changedPeople)

      // Parents of every stored unit, then of the batch's in order: a unit's parent must be
      // stored or come earlier in the batch, and no unit may become its own ancestor.
      var parents: [String: String?] = [:]
      try db.each("SELECT id, parent_id FROM unit", []) { parents[$0.text(0)] = $0.optionalText(1) }
      var storedUnits: [String: OrgUnit] = [:]
      try db.queryIn(
        "SELECT \(Self.unitColumns) FROM unit WHERE id IN (", Set(batch.units.map(\.id)).sorted().map { .text($0) },
        tail: db.dialect.forUpdate
      ) { cursor in
        let unit = Self.unit(from: cursor)
        storedUnits[unit.id] = unit
      }
      var changedUnits: [OrgUnit] = []
      for unit in batch.units {
        let old = storedUnits[unit.id]
        if old == unit { continue }
        try Self.checkParent(of: unit, parents: parents)
        parents[unit.id] = .some(unit.parentID)
        storedUnits[unit.id] = unit
        changedUnits.append(unit)
        audited("unit", unit.id, unit.id, old.map(JSONText.encode), JSONText.encode(unit))
      }
      try Self.upsertUnits(db, changedUnits)

      var knownPeople = Set(storedPeople.keys)
      let unknown = Set(batch.roles.map(\.personID)).subtracting(knownPeople)
      try db.queryIn("SELECT id FROM person WHERE id IN (", unknown.sorted().map { .text($0) }) {
        knownPeople.insert($0.text(0))
      }
      for a in batch.roles {
        guard parents[a.unitID] != nil else { throw StoreError(.notFound, "单位 \"\(a.unitID)\" 不存在") }
        guard knownPeople.contains(a.personID) else {
          throw StoreError(.notFound, "人员 \"\(a.personID)\" 不存在")
        }
      }
      try db.insertRows(
        "INSERT INTO audit (at, actor, action, entity, entity_id, unit_id, before, after) VALUES",
        audits)
      try Self.insertRoles(db, batch.roles, actor: actor, action: "import")
    }
  }

  /// Inserts role assignments not yet present, auditing each one added (once, in the
  /// order given, however often it repeats).
  static func insertRoles(
    _ db: any SQLSession, _ roles: [RoleAssignment], actor: String, action: String
  ) throws {
    guard !roles.isEmpty else { return }
    var seen: Set<RoleAssignment> = []
    let unique = roles.filter { seen.insert($0).inserted }
    var added: Set<RoleAssignment> = []
    try db.insertRows(
      "INSERT INTO role_assignment (unit_id, role, person_id) VALUES",
      unique.map { [.text($0.unitID), .text($0.role), .text($0.personID)] },
      "ON CONFLICT DO NOTHING RETURNING unit_id, role, person_id"
    ) { cursor in
      added.insert(RoleAssignment(unitID: cursor.text(0), role: cursor.text(1), personID: cursor.text(2)))
    }
    let at = StoredTime.millis(Date())
    try db.insertRows(
      "INSERT INTO audit (at, actor, action, entity, entity_id, unit_id, before, after) VALUES",
      unique.filter(added.contains).map {
        [
          .integer(at), .text(actor), .text(action), .text("role"), .text(roleEntityID($0)),
          .text($0.unitID), .null, .text(JSONText.encode($0)),
        ]
      })
  }

  static func roleEntityID(_ a: RoleAssignment) -> String { "\(a.unitID)/\(a.role)/\(a.personID)" }

  static func role(from row: SQLRow) -> RoleAssignment {
    RoleAssignment(unitID: row.text("unit_id"), role: row.text("role"), personID: row.text("person_id"))
  }

  package static func fetchPerson(_ db: any SQLSession, _ id: String, lock: Bool = false) throws -> Person? {
    try db.query(
      "SELECT * FROM person WHERE id = $1" + (lock ? db.dialect.forUpdate : ""), [.text(id)]
    ).first.map(person(from:))
  }

  static func person(from row: SQLRow) -> Person {
    Person(
      id: row.text("id"), name: row.text("name"),
      contacts: JSONText.decodeStrings(row.text("contacts")))
  }

  /// A person from a row of `id, name, contacts`.
  static func person(from cursor: any SQLCursor) -> Person {
    Person(id: cursor.text(0), name: cursor.text(1), contacts: JSONText.decodeStrings(cursor.text(2)))
  }

  /// Inserts or replaces people, a few thousand a statement.
  static func upsertPeople(_ db: any SQLSession, _ people: [Person]) throws {
    for chunk in distinctChunks(people, id: \.id) {
      try db.insertRows(
        "INSERT INTO person (id, name, contacts) VALUES",
        chunk.map { [.text($0.id), .text($0.name), .text(JSONText.strings($0.contacts))] },
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, contacts = excluded.contacts")
    }
  }

  /// Inserts or replaces units, a few thousand a statement, in the order given (parents
  /// first).
  static func upsertUnits(_ db: any SQLSession, _ units: [OrgUnit]) throws {
    for chunk in distinctChunks(units, id: \.id) {
      try db.insertRows(
        "INSERT INTO unit (id, name, type, parent_id, attributes, terms) VALUES",
        chunk.map {
          [
            .text($0.id), .text($0.name), .text($0.type), .text($0.parentID),
            .text(JSONText.strings($0.attributes)), .text(JSONText.encode($0.terms)),
          ]
        },
        """
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
          parent_id = excluded.parent_id, attributes = excluded.attributes, terms = excluded.terms
        """)
    }
  }

  /// Runs of `items` in which no id repeats (one statement may not change a row twice).
  static func distinctChunks<T>(_ items: [T], id: (T) -> String) -> [[T]] {
    var chunks: [[T]] = []
    var current: [T] = []
    var ids: Set<String> = []
    for item in items {
      if !ids.insert(id(item)).inserted {
        chunks.append(current)
        current = []
        ids = [id(item)]
      }
      current.append(item)
    }
    if !current.isEmpty { chunks.append(current) }
    return chunks
  }
}
