import Foundation
import Storage

extension PostgresStore {
  /// Records an occurrence as done, copying its evidence files in first.
  public func addRecord(_ record: LedgerRecord, evidenceFiles: [URL], by actor: String) throws
    -> LedgerRecord
  {
    try PeriodKey.check(record.key.period)
    try session { db in try Self.checkReferences(db, record) }
    // Content-addressed writes are idempotent: a failed transaction leaves at most an
    // unreferenced file.
    var stored = record
    stored.evidence = try evidenceFiles.map { try vault.store(fileAt: $0) }
    return try pgWrite { db in
      try Self.checkReferences(db, stored)
      stored.id = try insert(db, stored, actor: actor)
      return stored
    }
  }

  /// Inserts many records in one transaction, ten thousand rows a statement; audited
  /// as one entry naming the range of record ids created.
  public func addRecords(_ records: [LedgerRecord], by actor: String) throws -> Int {
    for record in records { try PeriodKey.check(record.key.period) }
    guard !records.isEmpty else { return 0 }
    return try pgWrite { db in
      var first: Int64 = .max
      var last: Int64 = 0
      for start in stride(from: 0, to: records.count, by: 10_000) {
        let chunk = records[start..<min(records.count, start + 10_000)]
        let ids = try Self.insertChunk(db, chunk)
        first = min(first, ids.first ?? first)
        last = max(last, ids.last ?? last)
      }
      try audit(
        db, actor: actor, action: "record-batch", entity: "record",
        entityID: "#\(first)-#\(last)", unitID: nil, before: nil,
        after: JSONText.object([
          ("count", String(records.count)), ("firstID", String(first)),
          ("lastID", String(last)),
        ]))
      return records.count
    }
  }

  /// Upserts a chunk's occurrences, then inserts its records in input order; returns the
  /// new record ids in ascending order. Rows travel as one array per column (`unnest`),
  /// so a statement has a handful of parameters however many rows it carries.
  static func insertChunk(_ db: PGSession, _ chunk: ArraySlice<LedgerRecord>) throws -> [Int64] {
    let units = PGValue.texts(chunk.map(\.key.unitID))
    let items = PGValue.texts(chunk.map(\.key.itemID))
    let periods = PGValue.texts(chunk.map(\.key.period))
    try db.pgExecute(
      """
      INSERT INTO occurrence (unit_id, item_id, period)
      SELECT DISTINCT * FROM unnest($1::text[], $2::text[], $3::text[])
      ON CONFLICT DO NOTHING
      """, [units, items, periods])
    return try db.pgQuery(
      """
      INSERT INTO record (occurrence_id, done_at, done_on, by_person_id, note, value_json)
      SELECT o.id, v.done_at, v.done_on, CASE WHEN v.by_null THEN NULL ELSE v.by_person_id END,
        CASE WHEN v.note_null THEN NULL ELSE v.note END, v.value_json
      FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::bool[],
          $7::text[], $8::bool[], $9::text[], $10::text[])
        WITH ORDINALITY
        AS v(unit_id, item_id, period, done_at, by_person_id, by_null, note, note_null,
          value_json, done_on, ord)
      JOIN occurrence o ON o.unit_id = v.unit_id AND o.period = v.period AND o.item_id = v.item_id
      ORDER BY v.ord RETURNING id
      """,
      [
        units, items, periods, .integers(chunk.map { StoredTime.millis($0.doneAt) }),
        .texts(chunk.map { $0.byPersonID ?? "" }), .flags(chunk.map { $0.byPersonID == nil }),
        .texts(chunk.map { $0.note ?? "" }), .flags(chunk.map { $0.note == nil }),
        .texts(chunk.map { JSONText.numbers($0.values) }), .texts(chunk.map(\.doneOn)),
      ]
    ).map { $0.integer("id") }.sorted()
  }

  /// Removes the latest record of an occurrence.
  public func undoLatestRecord(of key: OccurrenceKey, by actor: String) throws -> LedgerRecord {
    try pgWrite { db in
      try db.pgExecute(
        "SELECT id FROM occurrence WHERE unit_id = $1 AND period = $2 AND item_id = $3 FOR UPDATE",
        [.text(key.unitID), .text(key.period), .text(key.itemID)])
      guard let latest = try Self.fetchRecords(db, key: key).last else {
        throw StoreError(
          .notFound,
          "单位 \"\(key.unitID)\" 的事项 \"\(key.itemID)\" 在 \(key.period) 没有可撤销的记录")
      }
      try db.pgExecute("DELETE FROM record WHERE id = $1", [.integer(latest.id)])
      try audit(
        db, actor: actor, action: "undo", entity: "record",
        entityID: RecordAudit.entityID(latest.key, latest.id), unitID: key.unitID,
        before: RecordAudit.json(latest), after: nil)
      return latest
    }
  }

  /// The records of a unit for one period.
  public func records(unitID: String, period: String) throws -> [LedgerRecord] {
    try session { db in
      try Self.fetchRecords(
        db, where: "o.unit_id = $1 AND o.period = $2", [.text(unitID), .text(period)])
    }
  }

  /// The records of one occurrence, oldest first.
  public func records(of key: OccurrenceKey) throws -> [LedgerRecord] {
    try session { db in try Self.fetchRecords(db, key: key) }
  }

  /// Inserts the occurrences not yet present (a known due date is kept).
  public func ensureOccurrences(_ occurrences: [Occurrence]) throws {
    for occurrence in occurrences { try PeriodKey.check(occurrence.key.period) }
    guard !occurrences.isEmpty else { return }
    try pgWrite { db in
      for start in stride(from: 0, to: occurrences.count, by: 5000) {
        let chunk = occurrences[start..<min(occurrences.count, start + 5000)]
        // One row per key in a statement (ON CONFLICT DO UPDATE may touch a row once),
        // with the first due date given for it, as row-by-row upserts would keep.
        var order: [OccurrenceKey] = []
        var due: [OccurrenceKey: String?] = [:]
        for o in chunk {
          if let known = due[o.key] {
            if known == nil { due[o.key] = o.due }
          } else {
            order.append(o.key)
            due[o.key] = o.due
          }
        }
        var values: [PGValue] = []
        var tuples: [String] = []
        for key in order {
          let b = values.count
          tuples.append("($\(b + 1), $\(b + 2), $\(b + 3), $\(b + 4))")
          values += [.text(key.unitID), .text(key.itemID), .text(key.period), .text(due[key] ?? nil)]
        }
        try db.pgExecute(
          """
          INSERT INTO occurrence (unit_id, item_id, period, due)
          VALUES \(tuples.joined(separator: ","))
          ON CONFLICT (unit_id, period, item_id)
          DO UPDATE SET due = coalesce(occurrence.due, excluded.due)
          """, values)
      }
    }
  }

  /// The occurrences of a unit for one period.
  public func occurrences(unitID: String, period: String) throws -> [Occurrence] {
    try session { db in
      try db.pgQuery(
        "SELECT * FROM occurrence WHERE unit_id = $1 AND period = $2 ORDER BY item_id",
        [.text(unitID), .text(period)]
      ).map {
        Occurrence(
          key: OccurrenceKey(
            unitID: $0.text("unit_id"), itemID: $0.text("item_id"), period: $0.text("period")),
          due: $0.optionalText("due"))
      }
    }
  }

  /// The content of a stored evidence file, verified against its hash.
  public func evidenceContent(_ ref: EvidenceRef) throws -> Data {
    try vault.content(of: ref.sha256)
  }
}
