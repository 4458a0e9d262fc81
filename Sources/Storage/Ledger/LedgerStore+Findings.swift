import Foundation

extension LedgerStore {
  /// Adds a finding with its `add` event.
  public func addFinding(_ finding: Finding, by actor: String) throws -> Finding {
    try Self.checkNew(finding)
    return try write { db in
      var known = KnownReferences()
      try Self.checkReferences(db, finding, &known)
      return try insertFinding(db, finding, actor: actor)
    }
  }

  /// Adds many findings in one transaction, skipping those already stored.
  public func addFindings(_ findings: [Finding], by actor: String) throws -> FindingBatchResult {
    for finding in findings { try Self.checkNew(finding) }
    guard !findings.isEmpty else { return FindingBatchResult(added: [], skipped: 0) }
    return try write { db in
      var known = KnownReferences()
      var seen: Set<FindingIdentity> = []
      try db.queryIn(
        "SELECT unit_id, found_on, description FROM finding WHERE unit_id IN (",
        Set(findings.map(\.unitID)).sorted().map { .text($0) }
      ) { c in seen.insert(FindingIdentity(unitID: c.text(0), foundOn: c.text(1), description: c.text(2))) }
      var added: [Finding] = []
      var skipped = 0
      for finding in findings {
        guard seen.insert(FindingIdentity(finding)).inserted else {
          skipped += 1
          continue
        }
        try Self.checkReferences(db, finding, &known)
        added.append(try insertFinding(db, finding, actor: actor))
      }
      return FindingBatchResult(added: added, skipped: skipped)
    }
  }

  /// The finding with this id, or nil.
  public func finding(_ id: Int64) throws -> Finding? {
    try read { db in try Self.fetchFinding(db, id) }
  }

  /// The findings `filter` takes, by unit, found-on day and id.
  public func findings(_ filter: FindingFilter) throws -> [Finding] {
    var clauses: [String] = []
    var values: [StoredValue] = []
    func bind(_ value: StoredValue) -> String {
      values.append(value)
      return "$\(values.count)"
    }
    if let statuses = filter.statuses {
      clauses.append("status IN (\(statuses.map(\.rawValue).sorted().map { bind(.text($0)) }.joined(separator: ", ")))")
    }
    if let severities = filter.severities {
      clauses.append("severity IN (\(severities.sorted().map { bind(.text($0)) }.joined(separator: ", ")))")
    }
    if let id = filter.inspectionID { clauses.append("inspection_id = \(bind(.integer(id)))") }
    if let person = filter.ownerPersonID { clauses.append("owner_person_id = \(bind(.text(person)))") }
    if filter.statuses?.isEmpty == true || filter.severities?.isEmpty == true { return [] }
    return try read { db in
      guard let unitIDs = filter.unitIDs else {
        return try Self.fetchFindings(db, clauses, values)
      }
      var all: [Finding] = []
      let size = max(1, 5000 - values.count)
      for start in stride(from: 0, to: unitIDs.count, by: size) {
        let chunk = unitIDs[start..<min(unitIDs.count, start + size)]
        let marks = SQLDialect.marks(from: values.count + 1, count: chunk.count)
        all += try Self.fetchFindings(
          db, clauses + ["unit_id IN (\(marks))"], values + chunk.map { .text($0) })
      }
      return all.sorted { ($0.unitID, $0.foundOn, $0.id) < ($1.unitID, $1.foundOn, $1.id) }
    }
  }

  /// The events of the findings, by finding then time.
  public func findingEvents(findingIDs: [Int64]) throws -> [FindingEvent] {
    try read { db in
      var events: [FindingEvent] = []
      try db.queryIn(
        """
        SELECT id, finding_id, at, happened_on, action, actor, note, status FROM finding_event
        WHERE finding_id IN (
        """, Set(findingIDs).sorted().map { .integer($0) }, tail: "ORDER BY finding_id, id"
      ) { c in
        events.append(
          FindingEvent(
            id: c.integer(0), findingID: c.integer(1), at: StoredTime.date(c.integer(2)), on: c.text(3),
            action: FindingAction(rawValue: c.text(4)) ?? .edit, actor: c.text(5), note: c.optionalText(6),
            status: FindingStatus(rawValue: c.text(7)) ?? .open))
      }
      return events
    }
  }

  /// Inserts a checked finding, its evidence, its `add` event and its audit entry.
  func insertFinding(_ db: any SQLSession, _ finding: Finding, actor: String) throws -> Finding {
    var stored = finding
    stored.enteredAt = StoredTime.date(StoredTime.millis(finding.enteredAt))  // as it reads back
    guard
      let id = try db.integer(
        "INSERT INTO finding (\(Self.findingColumns.dropFirst(4))) VALUES (\(SQLDialect.marks(from: 1, count: 23))) RETURNING id",
        Array(Self.findingValues(stored).dropFirst()))
    else { throw StoreError(.io, "无法登记问题") }
    stored.id = id
    try Self.linkEvidence(
      db, table: "finding_evidence", owner: "finding_id", id: id, from: 0, stored.rectificationEvidence)
    try Self.insertEvent(
      db, FindingEvent(
        findingID: id, at: stored.enteredAt, on: stored.foundOn, action: .add, actor: actor, note: nil,
        status: stored.status))
    try audit(
      db, actor: actor, action: "add", entity: "finding", entityID: "#\(id)", unitID: stored.unitID,
      before: nil, after: JSONText.encode(stored), at: stored.enteredAt)
    return stored
  }

  /// The columns of `finding`, in `findingValues` order.
  static let findingColumns = """
    id, unit_id, inspection_id, item_id, description, category, severity, found_on, found_by, \
    owner_role, owner_person_id, cooperating_roles, measures, deadline, status, supervised, \
    rectified_on, rectification_note, rectified_by, closed_on, closed_by, return_count, \
    last_return_reason, entered_at
    """

  static func findingValues(_ f: Finding) -> [StoredValue] {
    [
      .integer(f.id), .text(f.unitID), .integer(f.inspectionID), .text(f.itemID), .text(f.description),
      .text(f.category), .text(f.severity), .text(f.foundOn), .text(f.foundBy), .text(f.ownerRole),
      .text(f.ownerPersonID), .text(JSONText.encode(f.cooperatingRoles)), .text(f.measures),
      .text(f.deadline), .text(f.status.rawValue), .int(f.supervised ? 1 : 0), .text(f.rectifiedOn),
      .text(f.rectificationNote), .text(f.rectifiedBy), .text(f.closedOn), .text(f.closedBy),
      .int(f.returnCount), .text(f.lastReturnReason), .integer(StoredTime.millis(f.enteredAt)),
    ]
  }

  static func finding(from c: any SQLCursor) -> Finding {
    Finding(
      id: c.integer(0), unitID: c.text(1), inspectionID: c.optionalInteger(2), itemID: c.optionalText(3),
      description: c.text(4), category: c.text(5), severity: c.text(6), foundOn: c.text(7),
      foundBy: c.optionalText(8), ownerRole: c.optionalText(9), ownerPersonID: c.optionalText(10),
      cooperatingRoles: JSONText.decode([String].self, c.text(11)) ?? [], measures: c.optionalText(12),
      deadline: c.text(13), status: FindingStatus(rawValue: c.text(14)) ?? .open, supervised: c.integer(15) != 0,
      rectifiedOn: c.optionalText(16), rectificationNote: c.optionalText(17), rectifiedBy: c.optionalText(18),
      closedOn: c.optionalText(19), closedBy: c.optionalText(20), returnCount: Int(c.integer(21)),
      lastReturnReason: c.optionalText(22), enteredAt: StoredTime.date(c.integer(23)))
  }

  static func fetchFindings(_ db: any SQLSession, _ clauses: [String], _ values: [StoredValue], lock: Bool = false)
    throws -> [Finding]
  {
    var found: [Finding] = []
    let condition = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
    try db.each(
      "SELECT \(findingColumns) FROM finding\(condition) ORDER BY unit_id, found_on, id"
        + (lock ? db.dialect.forUpdate : ""), values
    ) { found.append(finding(from: $0)) }
    let evidence = try fetchEvidence(db, table: "finding_evidence", owner: "finding_id", ids: found.map(\.id))
    for i in found.indices { found[i].rectificationEvidence = evidence[found[i].id] ?? [] }
    return found
  }

  static func fetchFinding(_ db: any SQLSession, _ id: Int64, lock: Bool = false) throws -> Finding? {
    try fetchFindings(db, ["id = $1"], [.integer(id)], lock: lock).first
  }

  static func insertEvent(_ db: any SQLSession, _ e: FindingEvent) throws {
    try db.execute(
      """
      INSERT INTO finding_event (finding_id, at, happened_on, action, actor, note, status)
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      """,
      [
        .integer(e.findingID), .integer(StoredTime.millis(e.at)), .text(e.on), .text(e.action.rawValue),
        .text(e.actor), .text(e.note), .text(e.status.rawValue),
      ])
  }

  /// The checks a new finding passes before any reading: its text and days.
  static func checkNew(_ f: Finding) throws {
    guard !f.description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw StoreError(.invalid, "问题描述不能为空")
    }
    try FindingDay.check(f.foundOn, "发现日期")
    try FindingDay.check(f.deadline, "整改时限")
    guard f.deadline >= f.foundOn else {
      throw StoreError(.invalid, "整改时限 \(f.deadline) 早于发现日期 \(f.foundOn)")
    }
    guard f.status == .open || f.status == .rectifying else {
      throw StoreError(.invalid, "新登记的问题只能是「待整改」或「整改中」，不能是「\(f.status.title)」")
    }
  }

  /// Throws `.notFound` for a missing unit, owner or inspection, `.conflict` for an
  /// inspection of a unit that is neither the finding's nor above it.
  static func checkReferences(_ db: any SQLSession, _ f: Finding, _ known: inout KnownReferences) throws {
    if !known.units.contains(f.unitID) {
      guard try fetchUnit(db, f.unitID) != nil else { throw StoreError(.notFound, "单位 \"\(f.unitID)\" 不存在") }
      known.units.insert(f.unitID)
    }
    if let person = f.ownerPersonID, !known.people.contains(person) {
      guard try fetchPerson(db, person) != nil else { throw StoreError(.notFound, "人员 \"\(person)\" 不存在") }
      known.people.insert(person)
    }
    if let inspectionID = f.inspectionID {
      guard let unit = try db.text("SELECT unit_id FROM inspection WHERE id = $1", [.integer(inspectionID)]) else {
        throw StoreError(.notFound, "检查 #\(inspectionID) 不存在")
      }
      guard try ancestors(db, of: f.unitID).contains(unit) else {
        throw StoreError(.conflict, "检查 #\(inspectionID) 检查的是单位 \"\(unit)\"，不含单位 \"\(f.unitID)\"")
      }
    }
  }

  /// A unit and the units above it, nearest first.
  static func ancestors(_ db: any SQLSession, of unitID: String) throws -> [String] {
    var chain = [unitID]
    var current = unitID
    while let parent = try db.text("SELECT parent_id FROM unit WHERE id = $1", [.text(current)]),
      !chain.contains(parent)
    {
      chain.append(parent)
      current = parent
    }
    return chain
  }
}

/// Units and people already found to exist during one batch.
struct KnownReferences {
  var units: Set<String> = []
  var people: Set<String> = []
}

/// What makes two findings the same problem for an import: unit, day found, description.
struct FindingIdentity: Hashable {
  var unitID: String
  var foundOn: String
  var description: String

  init(unitID: String, foundOn: String, description: String) {
    self.unitID = unitID
    self.foundOn = foundOn
    self.description = description
  }

  init(_ f: Finding) { self.init(unitID: f.unitID, foundOn: f.foundOn, description: f.description) }
}
