import Foundation

extension LedgerStore {
  /// Records an occurrence as done, copying its evidence files in first.
  public func addRecord(_ record: LedgerRecord, evidenceFiles: [URL], by actor: String) throws
    -> LedgerRecord
  {
    try PeriodKey.check(record.key.period)
    try read { db in try Self.checkReferences(db, record) }
    // Files go into the vault before the transaction: content-addressed writes are
    // idempotent, so a failed transaction leaves at most an unreferenced file.
    var stored = record
    stored.evidence = try evidenceFiles.map { try vault.store(fileAt: $0) }
    return try write { db in
      try Self.checkReferences(db, stored)
      stored.id = try insertRecord(db, stored, actor: actor)
      return stored
    }
  }

  /// Inserts many records in one transaction (no evidence files), a few thousand at a time
  /// through the engine's bulk insert. A bulk load is audited as one entry naming the range of
  /// record ids it created; the rows themselves keep when and by whom each item was done.
  public func addRecords(_ records: [LedgerRecord], by actor: String) throws -> Int {
    for record in records { try PeriodKey.check(record.key.period) }
    guard !records.isEmpty else { return 0 }
    return try write { db in
      var first = Int64.max
      var last = Int64.min
      // A chunk at a time: the occurrences its records need, then the rows.
      for chunk in Self.chunks(of: records) {
        let occurrences = try Self.occurrenceIDs(db, chunk.map(\.key))
        var rows: [[StoredValue]] = []
        rows.reserveCapacity(chunk.count)
        for record in chunk {
          guard let id = occurrences[record.key] else {
            throw StoreError(.io, "无法登记事项 \"\(record.key.itemID)\"")
          }
          rows.append([
            .integer(id), .integer(StoredTime.millis(record.doneAt)), .text(record.doneOn),
            .text(record.byPersonID), .text(record.note), .text(JSONText.numbers(record.values)),
          ])
        }
        try db.insertRows(
          "INSERT INTO record (occurrence_id, done_at, done_on, by_person_id, note, value_json) VALUES",
          rows, "", returningID: []
        ) { cursor in
          let id = cursor.integer(0)
          first = min(first, id)
          last = max(last, id)
        }
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

  /// Removes the latest record of an occurrence.
  public func undoLatestRecord(of key: OccurrenceKey, by actor: String) throws -> LedgerRecord {
    try write { db in
      if !db.dialect.forUpdate.isEmpty {
        // Another writer's record for the same occurrence waits until this one is undone.
        try db.execute(
          "SELECT id FROM occurrence WHERE unit_id = $1 AND period = $2 AND item_id = $3"
            + db.dialect.forUpdate, [.text(key.unitID), .text(key.period), .text(key.itemID)])
      }
      guard let latest = try Self.fetchRecords(db, key: key).last else {
        throw StoreError(
          .notFound,
          "单位 \"\(key.unitID)\" 的事项 \"\(key.itemID)\" 在 \(key.period) 没有可撤销的记录")
      }
      try db.execute("DELETE FROM record WHERE id = $1", [.integer(latest.id)])
      try audit(
        db, actor: actor, action: "undo", entity: "record",
        entityID: RecordAudit.entityID(latest.key, latest.id), unitID: key.unitID,
        before: RecordAudit.json(latest), after: nil)
      return latest
    }
  }

  /// Inserts the occurrences not yet present; a due date already stored is kept, a missing
  /// one is filled in.
  public func ensureOccurrences(_ occurrences: [Occurrence]) throws {
    for occurrence in occurrences { try PeriodKey.check(occurrence.key.period) }
    guard !occurrences.isEmpty else { return }
    // One row per key (a statement may change a row once), with the first due date given
    // for it, as upserting the rows one by one would keep.
    var order: [OccurrenceKey] = []
    var due: [OccurrenceKey: String?] = [:]
    for o in occurrences {
      if let known = due[o.key] {
        if known == nil { due[o.key] = o.due }
      } else {
        order.append(o.key)
        due[o.key] = o.due
      }
    }
    try write { db in
      // Stored ones first: only the missing rows are inserted (no identity used up on
      // PostgreSQL), and a missing due date is filled in.
      let stored = try Self.storedOccurrences(db, order)
      try db.insertRows(
        "INSERT INTO occurrence (unit_id, item_id, period, due) VALUES",
        order.filter { stored[$0] == nil }.map {
          [.text($0.unitID), .text($0.itemID), .text($0.period), .text(due[$0] ?? nil)]
        },
        """
        ON CONFLICT (unit_id, period, item_id)
        DO UPDATE SET due = coalesce(occurrence.due, excluded.due)
        """)
      for key in order {
        guard let found = stored[key], found.due == nil, let newDue = due[key] ?? nil else { continue }
        try db.execute("UPDATE occurrence SET due = $1 WHERE id = $2", [.text(newDue), .integer(found.id)])
      }
    }
  }

  /// The content of a stored evidence file, verified against its hash.
  public func evidenceContent(_ ref: EvidenceRef) throws -> Data {
    try vault.content(of: ref.sha256)
  }

  /// The ids of the occurrences of `keys`, inserting those not yet present (in the order
  /// given). Where a conflicting insert uses up an id (PostgreSQL), the stored ones are
  /// looked up first and only the missing ones inserted, so both engines number
  /// occurrences alike; elsewhere all are inserted and the stored ones looked up after.
  static func occurrenceIDs(
    _ db: any SQLSession, _ keys: [OccurrenceKey]
  ) throws -> [OccurrenceKey: Int64] {
    var seen: Set<OccurrenceKey> = []
    let distinct = keys.filter { seen.insert($0).inserted }
    var ids: [OccurrenceKey: Int64] = [:]
    if db.dialect.conflictsUseIDs { ids = try storedOccurrences(db, distinct).mapValues(\.id) }
    func found(_ cursor: any SQLCursor) {
      ids[OccurrenceKey(unitID: cursor.text(1), itemID: cursor.text(2), period: cursor.text(3))] =
        cursor.integer(0)
    }
    let missing = distinct.filter { ids[$0] == nil }
    try db.insertRows(
      "INSERT INTO occurrence (unit_id, item_id, period) VALUES",
      missing.map { [.text($0.unitID), .text($0.itemID), .text($0.period)] },
      "ON CONFLICT DO NOTHING", returningID: ["unit_id", "item_id", "period"], inserted: found)
    // Stored ones, and rows another writer inserted meanwhile (PostgreSQL).
    let stored = missing.filter { ids[$0] == nil }
    if !stored.isEmpty { ids.merge(try storedOccurrences(db, stored).mapValues(\.id)) { $1 } }
    return ids
  }

  /// The stored occurrences among `keys`, with their ids and due dates, a few thousand a
  /// statement.
  static func storedOccurrences(
    _ db: any SQLSession, _ keys: [OccurrenceKey]
  ) throws -> [OccurrenceKey: (id: Int64, due: String?)] {
    var stored: [OccurrenceKey: (id: Int64, due: String?)] = [:]
    for chunk in chunks(of: keys) {
      // A join on the key's index (a row value `IN (…)` would scan it on SQLite), the keys
      // bound as one JSON text.
      try db.each(
        """
        SELECT o.id, o.unit_id, o.item_id, o.period, o.due
        FROM (\(db.dialect.rows(of: "$1", width: 3))) AS v
        JOIN occurrence o ON o.unit_id = v.column1 AND o.period = v.column2 AND o.item_id = v.column3
        """, [.text(SQLDialect.textRows(chunk.lazy.map { [$0.unitID, $0.period, $0.itemID] }))]
      ) { cursor in
        stored[OccurrenceKey(unitID: cursor.text(1), itemID: cursor.text(2), period: cursor.text(3))] =
          (cursor.integer(0), cursor.optionalText(4))
      }
    }
    return stored
  }

  /// Inserts one record with its evidence and audit entry; returns its id.
  func insertRecord(_ db: any SQLSession, _ record: LedgerRecord, actor: String) throws -> Int64 {
    let key = record.key
    guard
      let occurrenceID = try Self.occurrenceIDs(db, [key])[key],
      let recordID = try db.integer(
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
      try db.execute(
        "INSERT INTO evidence (sha256, size, stored_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        [.text(ref.sha256), .integer(ref.size), .integer(StoredTime.millis(Date()))])
      try db.execute(
        "INSERT INTO record_evidence (record_id, position, sha256, file_name) VALUES ($1, $2, $3, $4)",
        [.integer(recordID), .int(position), .text(ref.sha256), .text(ref.fileName)])
    }
    var saved = record
    saved.id = recordID
    try audit(
      db, actor: actor, action: "record", entity: "record",
      entityID: RecordAudit.entityID(key, recordID), unitID: key.unitID, before: nil,
      after: RecordAudit.json(saved), at: record.doneAt)
    return recordID
  }

  /// Checks the record's unit and person exist.
  static func checkReferences(_ db: any SQLSession, _ record: LedgerRecord) throws {
    guard try fetchUnit(db, record.key.unitID) != nil else {
      throw StoreError(.notFound, "单位 \"\(record.key.unitID)\" 不存在")
    }
    if let by = record.byPersonID, try fetchPerson(db, by) == nil {
      throw StoreError(.notFound, "人员 \"\(by)\" 不存在")
    }
  }
}
