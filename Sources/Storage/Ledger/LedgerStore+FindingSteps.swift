import Foundation

extension LedgerStore {
  /// Sets owner, measures, deadline.
  public func assignFinding(_ id: Int64, _ change: FindingAssignment, by actor: String) throws -> Finding {
    try FindingDay.check(change.on, "交办日期")
    if let deadline = change.deadline { try FindingDay.check(deadline, "整改时限") }
    return try step(id, by: actor, at: change.at) { f, db in
      guard f.status != .closed else { throw Self.wrongStatus(f, "交办") }
      if let person = change.ownerPersonID, try Self.fetchPerson(db, person) == nil {
        throw StoreError(.notFound, "人员 \"\(person)\" 不存在")
      }
      if let deadline = change.deadline, deadline < f.foundOn {
        throw StoreError(.invalid, "整改时限 \(deadline) 早于发现日期 \(f.foundOn)")
      }
      f.ownerRole = change.ownerRole ?? f.ownerRole
      f.ownerPersonID = change.ownerPersonID ?? f.ownerPersonID
      f.cooperatingRoles = change.cooperatingRoles ?? f.cooperatingRoles
      f.measures = change.measures ?? f.measures
      f.deadline = change.deadline ?? f.deadline
      return (.assign, change.on, change.note)
    }
  }

  /// Starts rectification: 待整改 → 整改中.
  public func startRectification(_ id: Int64, on day: String, note: String?, at: Date, by actor: String) throws
    -> Finding
  {
    try FindingDay.check(day, "开始整改日期")
    return try step(id, by: actor, at: at) { f, _ in
      guard f.status == .open else { throw Self.wrongStatus(f, "开始整改", allowed: [.open]) }
      try Self.notBeforeFound(day, f, "开始整改日期")
      f.status = .rectifying
      return (.start, day, note)
    }
  }

  /// Reports it rectified: 待整改 or 整改中 → 待验收.
  public func rectifyFinding(
    _ id: Int64, _ rectification: Rectification, evidenceFiles: [URL], by actor: String
  ) throws -> Finding {
    try FindingDay.check(rectification.on, "整改完成日期")
    let note = rectification.note.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !note.isEmpty else { throw StoreError(.invalid, "请说明整改情况") }
    let refs = try evidenceFiles.map { try vault.store(fileAt: $0) }
    return try step(id, by: actor, person: rectification.personID, at: rectification.at) { f, db in
      guard f.status == .open || f.status == .rectifying else {
        throw Self.wrongStatus(f, "报告整改完成", allowed: [.open, .rectifying])
      }
      try Self.notBeforeFound(rectification.on, f, "整改完成日期")
      if let person = rectification.personID, try Self.fetchPerson(db, person) == nil {
        throw StoreError(.notFound, "人员 \"\(person)\" 不存在")
      }
      try Self.linkEvidence(
        db, table: "finding_evidence", owner: "finding_id", id: f.id, from: f.rectificationEvidence.count, refs)
      f.rectificationEvidence += refs
      f.status = .awaitingCheck
      f.rectifiedOn = rectification.on
      f.rectificationNote = note
      f.rectifiedBy = rectification.personID
      return (.rectify, rectification.on, note)
    }
  }

  /// Checks it and closes it (销号): 待验收 → 已销号.
  public func verifyFinding(_ id: Int64, _ check: FindingCheck, by actor: String) throws -> Finding {
    try FindingDay.check(check.on, "验收日期")
    return try step(id, by: actor, person: check.personID, at: check.at) { f, db in
      try Self.checkChecker(db, f, check, doing: "验收销号")
      f.status = .closed
      f.closedOn = check.on
      f.closedBy = check.personID
      return (.verify, check.on, check.note)
    }
  }

  /// Checks it and sends it back (退回): 待验收 → 整改中, with a reason.
  public func returnFinding(_ id: Int64, _ check: FindingCheck, by actor: String) throws -> Finding {
    try FindingDay.check(check.on, "退回日期")
    let reason = (check.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reason.isEmpty else { throw StoreError(.invalid, "退回须说明理由") }
    return try step(id, by: actor, person: check.personID, at: check.at) { f, db in
      try Self.checkChecker(db, f, check, doing: "退回")
      f.status = .rectifying
      f.returnCount += 1
      f.lastReturnReason = reason
      return (.return, check.on, reason)
    }
  }

  /// Puts it under supervision (挂牌督办) or lifts it, before it is closed.
  public func setSupervised(
    _ id: Int64, _ supervised: Bool, on day: String, note: String?, at: Date, by actor: String
  ) throws -> Finding {
    try FindingDay.check(day, supervised ? "挂牌日期" : "摘牌日期")
    return try step(id, by: actor, at: at) { f, _ in
      guard f.status != .closed else { throw Self.wrongStatus(f, supervised ? "挂牌督办" : "摘牌") }
      guard f.supervised != supervised else { return nil }
      f.supervised = supervised
      return (supervised ? .supervise : .unsupervise, day, note)
    }
  }

  /// One change of a finding in one transaction: the finding read and locked, `body`
  /// changing it and naming the event (nil: nothing to do), the row, event and audit
  /// entry written. The event's actor is `person` when known, else `actor`.
  func step(
    _ id: Int64, by actor: String, person: String? = nil, at: Date,
    _ body: (inout Finding, any SQLSession) throws -> (FindingAction, String, String?)?
  ) throws -> Finding {
    try write { db in
      guard let old = try Self.fetchFinding(db, id, lock: true) else {
        throw StoreError(.notFound, "问题 #\(id) 不存在")
      }
      var new = old
      guard let (action, day, note) = try body(&new, db) else { return old }
      let values = Self.findingValues(new)
      let columns = Self.findingColumns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      let sets = (1..<columns.count).map { "\(columns[$0]) = $\($0 + 1)" }.joined(separator: ", ")
      try db.execute("UPDATE finding SET \(sets) WHERE id = $1", values)
      try Self.insertEvent(
        db, FindingEvent(findingID: id, at: at, on: day, action: action, actor: person ?? actor, note: note, status: new.status))
      try audit(
        db, actor: actor, action: action.rawValue, entity: "finding", entityID: "#\(id)", unitID: new.unitID,
        before: JSONText.encode(old), after: JSONText.encode(new), at: at)
      return new
    }
  }

  /// Throws unless `check.personID` may check `f` now: it waits for a check, the day is
  /// not before its rectification, the checker exists, is neither its owner (by person,
  /// or by holding its owner role when no person owns it) nor whoever reported it
  /// rectified, and — when verifier roles are given — holds one of them in its unit or a
  /// unit above, or holds any role in a unit above (the superior that inspected checks the
  /// rectification of what it found).
  static func checkChecker(_ db: any SQLSession, _ f: Finding, _ check: FindingCheck, doing: String) throws {
    guard f.status == .awaitingCheck else { throw wrongStatus(f, doing, allowed: [.awaitingCheck]) }
    if let rectified = f.rectifiedOn, check.on < rectified {
      throw StoreError(.invalid, "\(doing)日期 \(check.on) 早于整改完成日期 \(rectified)")
    }
    let person = check.personID
    guard try fetchPerson(db, person) != nil else { throw StoreError(.notFound, "人员 \"\(person)\" 不存在") }
    if person == f.ownerPersonID {
      throw StoreError(.conflict, "\(person) 是问题 #\(f.id) 的责任人，不能\(doing)自己负责的问题")
    }
    if person == f.rectifiedBy {
      throw StoreError(.conflict, "\(person) 报告了问题 #\(f.id) 的整改，不能再由其\(doing)")
    }
    if f.ownerPersonID == nil, let role = f.ownerRole,
      try holds(db, person, role, in: [f.unitID])
    {
      throw StoreError(.conflict, "\(person) 担任责任岗位「\(role)」，不能\(doing)自己负责的问题")
    }
    let roles = check.verifierRoles.filter { !$0.isEmpty }
    if !roles.isEmpty {
      let units = try ancestors(db, of: f.unitID)
      let superiors = Array(units.dropFirst())
      guard try roles.contains(where: { try holds(db, person, $0, in: units) })
        || holdsAnyRole(db, person, in: superiors)
      else {
        let named = roles.map { "「\($0)」" }.joined(separator: "或")
        throw StoreError(
          .conflict, "\(person) 未在单位 \"\(f.unitID)\" 或其上级担任\(named)，也未在上级单位任职，不能\(doing)")
      }
    }
  }

  static func holds(_ db: any SQLSession, _ person: String, _ role: String, in units: [String]) throws -> Bool {
    let marks = SQLDialect.marks(from: 3, count: units.count)
    return try (db.integer(
      "SELECT count(*) FROM role_assignment WHERE person_id = $1 AND role = $2 AND unit_id IN (\(marks))",
      [.text(person), .text(role)] + units.map { .text($0) }) ?? 0) > 0
  }

  static func holdsAnyRole(_ db: any SQLSession, _ person: String, in units: [String]) throws -> Bool {
    guard !units.isEmpty else { return false }
    let marks = SQLDialect.marks(from: 2, count: units.count)
    return try (db.integer(
      "SELECT count(*) FROM role_assignment WHERE person_id = $1 AND unit_id IN (\(marks))",
      [.text(person)] + units.map { .text($0) }) ?? 0) > 0
  }

  static func notBeforeFound(_ day: String, _ f: Finding, _ what: String) throws {
    guard day >= f.foundOn else { throw StoreError(.invalid, "\(what) \(day) 早于发现日期 \(f.foundOn)") }
  }

  static func wrongStatus(_ f: Finding, _ doing: String, allowed: [FindingStatus] = []) -> StoreError {
    let need = allowed.isEmpty ? "" : "；只有\(allowed.map { "「\($0.title)」" }.joined(separator: "或"))的问题才能\(doing)"
    return StoreError(.conflict, "问题 #\(f.id) 当前为「\(f.status.title)」，不能\(doing)\(need)")
  }
}
