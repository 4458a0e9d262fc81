import GRDB
import GRDBSQLite

extension SQLiteStore {
  /// Inserts many records in one transaction (no evidence files). A bulk load is audited
  /// as one entry naming the range of record ids it created; the rows themselves keep
  /// when and by whom each item was done.
  ///
  /// The batch's distinct occurrences are registered once, then the records go in with
  /// multi-row statements whose text is bound in place from one buffer.
  public func addRecords(_ records: [LedgerRecord], by actor: String) throws -> Int {
    for record in records { try PeriodKey.check(record.key.period) }
    guard !records.isEmpty else { return 0 }
    // Everything bound is laid out before the transaction starts.
    var arena = TextArena()
    var position: [OccurrenceKey: Int] = [:]
    var keys: [OccurrenceKey] = []
    var keySpans: [TextArena.Span] = []
    var rows: [BulkRecordRow] = []
    rows.reserveCapacity(records.count)
    for record in records {
      let k = record.key
      let occurrence: Int
      if let known = position[k] {
        occurrence = known
      } else {
        occurrence = keys.count
        position[k] = occurrence
        keys.append(k)
        keySpans += [arena.append(k.unitID), arena.append(k.itemID), arena.append(k.period)]
      }
      rows.append(
        BulkRecordRow(
          occurrence: occurrence, doneAt: StoredTime.millis(record.doneAt),
          by: arena.append(record.byPersonID), note: arena.append(record.note),
          values: arena.append(JSONText.numbers(record.values))))
    }
    let text = arena.bytes
    return try write { db in
      let (first, last) = try text.withUnsafeBufferPointer { buffer in
        let text = buffer.baseAddress!
        let ids = try Self.occurrenceIDs(db, keys: keys, spans: keySpans, position, text)
        return try Self.insertRows(db, rows, occurrenceIDs: ids, text)
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

  /// Occurrences per multi-row upsert; records per multi-row insert.
  static let occurrencesPerStatement = 200
  static let recordsPerStatement = 200

  /// Registers the distinct occurrences (existing ones are kept) and returns their ids in
  /// the order of `keys`.
  static func occurrenceIDs(
    _ db: Database, keys: [OccurrenceKey], spans: [TextArena.Span],
    _ position: [OccurrenceKey: Int], _ text: UnsafePointer<UInt8>
  ) throws -> [Int64] {
    var ids = [Int64](repeating: 0, count: keys.count)
    var start = 0
    while start < keys.count {
      let count = min(occurrencesPerStatement, keys.count - start)
      // `DO UPDATE` (a no-op) rather than `DO NOTHING` so existing rows return their id.
      let statement = try BulkStatement(
        db, prefix: "INSERT INTO occurrence (unit_id, item_id, period)", columns: 3,
        rows: count,
        suffix: """
           ON CONFLICT (unit_id, period, item_id) DO UPDATE SET due = due
          RETURNING id, unit_id, item_id, period
          """)
      defer { statement.reset() }
      for row in 0..<count {
        for column in 0..<3 {
          statement.bind(Int32(row * 3 + column + 1), spans[(start + row) * 3 + column], in: text)
        }
      }
      // RETURNING rows come in no promised order: each is checked against the key
      // expected next and, should they differ, found by its key instead.
      var returned = 0
      while try statement.step(db) {
        var at = start + returned
        let expected = at * 3
        if at >= start + count
          || !(statement.column(1, equals: spans[expected], in: text)
            && statement.column(2, equals: spans[expected + 1], in: text)
            && statement.column(3, equals: spans[expected + 2], in: text))
        {
          let key = OccurrenceKey(
            unitID: statement.string(1), itemID: statement.string(2),
            period: statement.string(3))
          guard let found = position[key] else {
            throw StoreError(.io, "无法登记事项 \"\(key.itemID)\"")
          }
          at = found
        }
        ids[at] = sqlite3_column_int64(statement.raw, 0)
        returned += 1
      }
      guard returned == count else { throw StoreError(.io, "无法登记本批事项") }
      start += count
    }
    return ids
  }

  /// Inserts the record rows; returns the first and last record ids.
  static func insertRows(
    _ db: Database, _ rows: [BulkRecordRow], occurrenceIDs ids: [Int64],
    _ text: UnsafePointer<UInt8>
  ) throws -> (Int64, Int64) {
    var first: Int64 = 0
    var start = 0
    while start < rows.count {
      let count = min(recordsPerStatement, rows.count - start)
      let statement = try BulkStatement(
        db,
        prefix: "INSERT INTO record (occurrence_id, done_at, by_person_id, note, value_json)",
        columns: 5, rows: count)
      defer { statement.reset() }
      for (offset, row) in rows[start..<start + count].enumerated() {
        let base = Int32(offset * 5)
        statement.bind(base + 1, ids[row.occurrence])
        statement.bind(base + 2, row.doneAt)
        statement.bind(base + 3, row.by, in: text)
        statement.bind(base + 4, row.note, in: text)
        statement.bind(base + 5, row.values, in: text)
      }
      _ = try statement.step(db)
      // AUTOINCREMENT gives one statement's rows consecutive ids ending at the last one.
      if start == 0 { first = db.lastInsertedRowID - Int64(count - 1) }
      start += count
    }
    return (first, db.lastInsertedRowID)
  }
}

/// One record of a bulk load, its text as spans of the batch's arena.
struct BulkRecordRow {
  var occurrence: Int
  var doneAt: Int64
  var by: TextArena.Span
  var note: TextArena.Span
  var values: TextArena.Span
}
