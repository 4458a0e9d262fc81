import Foundation

extension LedgerStore {
  /// Adds an inspection, copying its evidence files in first.
  public func addInspection(_ inspection: Inspection, evidenceFiles: [URL], by actor: String) throws -> Inspection {
    try FindingDay.check(inspection.date, "检查日期")
    guard !inspection.kind.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw StoreError(.invalid, "检查类型不能为空")
    }
    // Files go into the vault before the transaction, as a record's do: content-addressed
    // writes are idempotent, so a failed transaction leaves at most an unreferenced file.
    var stored = inspection
    stored.evidence = try evidenceFiles.map { try vault.store(fileAt: $0) }
    stored.enteredBy = actor
    stored.enteredAt = StoredTime.date(StoredTime.millis(stored.enteredAt))  // as it reads back
    return try write { db in
      guard try Self.fetchUnit(db, stored.unitID) != nil else {
        throw StoreError(.notFound, "单位 \"\(stored.unitID)\" 不存在")
      }
      guard
        let id = try db.integer(
          """
          INSERT INTO inspection (unit_id, kind, held_on, inspectors, standard, score, notes,
            entered_at, entered_by)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
          """,
          [
            .text(stored.unitID), .text(stored.kind), .text(stored.date),
            .text(JSONText.encode(stored.inspectors)), .text(stored.standard),
            .text(stored.score.map(JSONText.number)), .text(stored.notes),
            .integer(StoredTime.millis(stored.enteredAt)), .text(actor),
          ])
      else { throw StoreError(.io, "无法登记检查") }
      stored.id = id
      try Self.linkEvidence(db, table: "inspection_evidence", owner: "inspection_id", id: id, from: 0, stored.evidence)
      try audit(
        db, actor: actor, action: "add", entity: "inspection", entityID: "#\(id)", unitID: stored.unitID,
        before: nil, after: JSONText.encode(stored), at: stored.enteredAt)
      return stored
    }
  }

  /// The inspection with this id, or nil.
  public func inspection(_ id: Int64) throws -> Inspection? {
    try read { db in try Self.fetchInspections(db, "WHERE id = $1", [.integer(id)]).first }
  }

  /// The inspections of the units (every unit when nil), by date then id.
  public func inspections(unitIDs: [String]?) throws -> [Inspection] {
    try read { db in
      guard let unitIDs else { return try Self.fetchInspections(db, "", []) }
      var all: [Inspection] = []
      for start in stride(from: 0, to: unitIDs.count, by: 5000) {
        let chunk = unitIDs[start..<min(unitIDs.count, start + 5000)].map { StoredValue.text($0) }
        all += try Self.fetchInspections(
          db, "WHERE unit_id IN (\(SQLDialect.marks(from: 1, count: chunk.count)))", chunk)
      }
      return all.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }
  }

  static func fetchInspections(_ db: any SQLSession, _ condition: String, _ values: [StoredValue]) throws
    -> [Inspection]
  {
    var found: [Inspection] = []
    try db.each(
      """
      SELECT id, unit_id, kind, held_on, inspectors, standard, score, notes, entered_at, entered_by
      FROM inspection \(condition) ORDER BY held_on, id
      """, values
    ) { c in
      found.append(
        Inspection(
          id: c.integer(0), unitID: c.text(1), kind: c.text(2), date: c.text(3),
          inspectors: JSONText.decode([String].self, c.text(4)) ?? [], standard: c.optionalText(5),
          score: c.optionalText(6).flatMap(Double.init), notes: c.optionalText(7),
          enteredAt: StoredTime.date(c.integer(8)), enteredBy: c.text(9)))
    }
    let evidence = try fetchEvidence(
      db, table: "inspection_evidence", owner: "inspection_id", ids: found.map(\.id))
    for i in found.indices { found[i].evidence = evidence[found[i].id] ?? [] }
    return found
  }

  /// Links evidence files to a row of `table` (`inspection_evidence`, `finding_evidence`),
  /// numbering them on from `first`; each file is registered in `evidence` once.
  static func linkEvidence(
    _ db: any SQLSession, table: String, owner: String, id: Int64, from first: Int, _ refs: [EvidenceRef]
  ) throws {
    guard !refs.isEmpty else { return }
    let now = StoredTime.millis(Date())
    try db.insertRows(
      "INSERT INTO evidence (sha256, size, stored_at) VALUES",
      Dictionary(refs.map { ($0.sha256, $0.size) }, uniquingKeysWith: { a, _ in a })
        .sorted { $0.key < $1.key }.map { [.text($0.key), .integer($0.value), .integer(now)] },
      "ON CONFLICT (sha256) DO NOTHING")
    try db.insertRows(
      "INSERT INTO \(table) (\(owner), position, sha256, file_name) VALUES",
      refs.enumerated().map { [.integer(id), .int(first + $0.offset), .text($0.element.sha256), .text($0.element.fileName)] })
  }

  /// The evidence of the rows `ids` of `table`, by owner id, in position order.
  static func fetchEvidence(_ db: any SQLSession, table: String, owner: String, ids: [Int64]) throws
    -> [Int64: [EvidenceRef]]
  {
    var evidence: [Int64: [EvidenceRef]] = [:]
    try db.queryIn(
      """
      SELECT l.\(owner), l.sha256, l.file_name, e.size FROM \(table) l
      JOIN evidence e ON e.sha256 = l.sha256 WHERE l.\(owner) IN (
      """, ids.map { .integer($0) }, tail: "ORDER BY l.\(owner), l.position"
    ) { c in
      evidence[c.integer(0), default: []].append(
        EvidenceRef(sha256: c.text(1), fileName: c.text(2), size: c.integer(3)))
    }
    return evidence
  }
}

/// Checking the days findings and inspections carry.
package enum FindingDay {
  /// Throws `.invalid` unless `day` is a real date written `YYYY-MM-DD`.
  package static func check(_ day: String, _ what: String) throws {
    guard isValid(day) else {
      throw StoreError(.invalid, "\(what) \"\(day)\" 不是有效日期（应为 YYYY-MM-DD）")
    }
  }

  /// Whether `day` is a real date written `YYYY-MM-DD`.
  package static func isValid(_ day: String) -> Bool {
    let parts = day.split(separator: "-", omittingEmptySubsequences: false)
    guard day.utf8.count == 10, day.utf8.allSatisfy({ $0 == 0x2D || (0x30...0x39).contains($0) }),
      parts.count == 3, parts[0].count == 4, parts[1].count == 2,
      parts[2].count == 2, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), d >= 1
    else { return false }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= lengths[m - 1]
  }
}
