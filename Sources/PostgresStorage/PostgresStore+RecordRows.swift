import Foundation
import Storage

extension PostgresStore {
  func insert(_ db: PGSession, _ record: LedgerRecord, actor: String) throws -> Int64 {
    let key = record.key
    guard
      let occurrenceID = try db.pgInteger(
        """
        INSERT INTO occurrence (unit_id, item_id, period) VALUES ($1, $2, $3)
        ON CONFLICT (unit_id, period, item_id) DO UPDATE SET due = occurrence.due RETURNING id
        """, [.text(key.unitID), .text(key.itemID), .text(key.period)])
    else { throw StoreError(.io, "无法登记事项 \"\(key.itemID)\"") }
    guard
      let recordID = try db.pgInteger(
        """
        INSERT INTO record (occurrence_id, done_at, done_on, by_person_id, note, value_json)
        VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
        """,
        [
          .integer(occurrenceID), .integer(StoredTime.millis(record.doneAt)), .text(record.doneOn),
          .text(record.byPersonID), .text(record.note), .text(JSONText.numbers(record.values)),
        ])
    else { throw StoreError(.io, "无法登记事项 \"\(key.itemID)\"") }
    for (position, ref) in record.evidence.enumerated() {
      try db.pgExecute(
        """
        INSERT INTO evidence (sha256, size, stored_at) VALUES ($1, $2, $3)
        ON CONFLICT DO NOTHING
        """, [.text(ref.sha256), .integer(ref.size), .integer(StoredTime.millis(Date()))])
      try db.pgExecute(
        """
        INSERT INTO record_evidence (record_id, position, sha256, file_name)
        VALUES ($1, $2, $3, $4)
        """,
        [.integer(recordID), .integer(Int64(position)), .text(ref.sha256), .text(ref.fileName)])
    }
    var saved = record
    saved.id = recordID
    try audit(
      db, actor: actor, action: "record", entity: "record",
      entityID: RecordAudit.entityID(key, recordID), unitID: key.unitID, before: nil,
      after: RecordAudit.json(saved), at: record.doneAt)
    return recordID
  }

  static func checkReferences(_ db: PGSession, _ record: LedgerRecord) throws {
    guard try fetchUnit(db, record.key.unitID) != nil else {
      throw StoreError(.notFound, "单位 \"\(record.key.unitID)\" 不存在")
    }
    if let by = record.byPersonID, try fetchPerson(db, by) == nil {
      throw StoreError(.notFound, "人员 \"\(by)\" 不存在")
    }
  }

  static func fetchRecords(_ db: PGSession, key: OccurrenceKey) throws -> [LedgerRecord] {
    try fetchRecords(
      db, where: "o.unit_id = $1 AND o.period = $2 AND o.item_id = $3",
      [.text(key.unitID), .text(key.period), .text(key.itemID)])
  }

  static func fetchRecords(
    _ db: PGSession, where condition: String, _ values: [PGValue]
  ) throws -> [LedgerRecord] {
    let rows = try db.pgQuery(
      """
      SELECT r.*, o.unit_id, o.item_id, o.period FROM record r
      JOIN occurrence o ON o.id = r.occurrence_id
      WHERE \(condition) ORDER BY o.item_id, r.done_at, r.id
      """, values)
    let ids = rows.map { $0.integer("id") }
    var evidence: [Int64: [EvidenceRef]] = [:]
    if !ids.isEmpty {
      let found = try db.pgQuery(
        """
        SELECT re.record_id, re.sha256, re.file_name, e.size FROM record_evidence re
        JOIN evidence e ON e.sha256 = re.sha256 WHERE re.record_id = ANY($1)
        ORDER BY re.record_id, re.position
        """, [.integers(ids)])
      for row in found {
        evidence[row.integer("record_id"), default: []].append(
          EvidenceRef(
            sha256: row.text("sha256"), fileName: row.text("file_name"), size: row.integer("size")))
      }
    }
    return rows.map { row in
      let id = row.integer("id")
      return LedgerRecord(
        id: id,
        key: OccurrenceKey(
          unitID: row.text("unit_id"), itemID: row.text("item_id"), period: row.text("period")),
        doneAt: StoredTime.date(row.integer("done_at")), doneOn: row.text("done_on"),
        byPersonID: row.optionalText("by_person_id"),
        note: row.optionalText("note"), values: JSONText.decodeNumbers(row.text("value_json")),
        evidence: evidence[id] ?? [])
    }
  }
}
