import Foundation
import GRDB
import GRDBSQLite

extension SQLiteStore {
  /// Records an occurrence as done, copying its evidence files in first.
  public func addRecord(_ record: LedgerRecord, evidenceFiles: [URL], by actor: String) throws
    -> LedgerRecord
  {
    try PeriodKey.check(record.key.period)
    try grdbRead { db in try Self.checkReferences(db, record) }
    // Files go into the vault before the transaction: content-addressed writes are
    // idempotent, so a failed transaction leaves at most an unreferenced file.
    var stored = record
    stored.evidence = try evidenceFiles.map { try vault.store(fileAt: $0) }
    return try grdbWrite { db in
      try Self.checkReferences(db, stored)
      stored.id = try insert(db, stored, actor: actor)
      return stored
    }
  }

  /// Inserts many records in one transaction (no evidence files). A bulk load is audited
  /// as one entry naming the range of record ids it created; the rows themselves keep
  /// when and by whom each item was done.
  public func addRecords(_ records: [LedgerRecord], by actor: String) throws -> Int {
    for record in records { try PeriodKey.check(record.key.period) }
    guard !records.isEmpty else { return 0 }
    return try grdbWrite { db in
      let occurrence = try RawInsert(
        db, sql: "INSERT OR IGNORE INTO occurrence (unit_id, item_id, period) VALUES (?, ?, ?)")
      let insertRecord = try RawInsert(
        db,
        sql: """
          INSERT INTO record (occurrence_id, done_at, done_on, by_person_id, note, value_json)
          VALUES (?, ?, ?, ?, ?, ?)
          """)
      let existing = try db.cachedStatement(
        sql: "SELECT id FROM occurrence WHERE unit_id = ? AND period = ? AND item_id = ?")
      var first: Int64 = 0
      for record in records {
        let k = record.key
        try occurrence.run(db, .text(k.unitID), .text(k.itemID), .text(k.period))
        // A new occurrence's id is the last row id; an existing one is looked up.
        let occurrenceID: Int64
        if db.changesCount == 1 {
          occurrenceID = db.lastInsertedRowID
        } else {
          guard
            let found = try Int64.fetchOne(
              existing, arguments: [k.unitID, k.period, k.itemID])
          else { throw StoreError(.io, "无法登记事项 \"\(k.itemID)\"") }
          occurrenceID = found
        }
        try insertRecord.run(
          db, .integer(occurrenceID), .integer(StoredTime.millis(record.doneAt)),
          .text(record.doneOn), record.byPersonID.map { .text($0) } ?? .null,
          record.note.map { .text($0) } ?? .null, .text(JSONText.numbers(record.values)))
        if first == 0 { first = db.lastInsertedRowID }
      }
      let last = db.lastInsertedRowID
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
    try grdbWrite { db in
      guard let latest = try Self.fetchRecords(db, key: key).last else {
        throw StoreError(
          .notFound,
          "单位 \"\(key.unitID)\" 的事项 \"\(key.itemID)\" 在 \(key.period) 没有可撤销的记录")
      }
      try db.execute(sql: "DELETE FROM record WHERE id = ?", arguments: [latest.id])
      try audit(
        db, actor: actor, action: "undo", entity: "record",
        entityID: Self.entityID(latest.key, latest.id), unitID: key.unitID,
        before: Self.json(latest), after: nil)
      return latest
    }
  }

  /// The records of a unit for one period.
  public func records(unitID: String, period: String) throws -> [LedgerRecord] {
    try grdbRead { db in
      try Self.fetchRecords(
        db, where: "o.unit_id = ? AND o.period = ?", arguments: [unitID, period])
    }
  }

  /// The records of many units for any of the period keys, in one read (units in chunks
  /// that stay under SQLite's limit on bound parameters).
  public func records(unitIDs: [String], periods: [String]) throws -> [LedgerRecord] {
    guard !unitIDs.isEmpty, !periods.isEmpty else { return [] }
    let periodMarks = Array(repeating: "?", count: periods.count).joined(separator: ",")
    return try grdbRead { db in
      var all: [LedgerRecord] = []
      var start = 0
      let units = unitIDs.sorted()
      while start < units.count {
        let chunk = Array(units[start..<min(start + 500, units.count)])
        let unitMarks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        all += try Self.fetchRecords(
          db, where: "o.unit_id IN (\(unitMarks)) AND o.period IN (\(periodMarks))",
          arguments: StatementArguments(chunk + periods))
        start += 500
      }
      return all
    }
  }

  /// The records of one occurrence, oldest first.
  public func records(of key: OccurrenceKey) throws -> [LedgerRecord] {
    try grdbRead { db in try Self.fetchRecords(db, key: key) }
  }

  /// Inserts the occurrences not yet present.
  public func ensureOccurrences(_ occurrences: [Occurrence]) throws {
    for occurrence in occurrences { try PeriodKey.check(occurrence.key.period) }
    try grdbWrite { db in
      let statement = try db.cachedStatement(
        sql: """
          INSERT INTO occurrence (unit_id, item_id, period, due) VALUES (?, ?, ?, ?)
          ON CONFLICT (unit_id, period, item_id) DO UPDATE SET due = coalesce(due, excluded.due)
          """)
      for o in occurrences {
        try statement.execute(arguments: [o.key.unitID, o.key.itemID, o.key.period, o.due])
      }
    }
  }

  /// The occurrences of a unit for one period.
  public func occurrences(unitID: String, period: String) throws -> [Occurrence] {
    try grdbRead { db in
      try Row.fetchAll(
        db,
        sql: "SELECT * FROM occurrence WHERE unit_id = ? AND period = ? ORDER BY item_id",
        arguments: [unitID, period]
      ).map {
        Occurrence(
          key: OccurrenceKey(unitID: $0["unit_id"], itemID: $0["item_id"], period: $0["period"]),
          due: $0["due"])
      }
    }
  }

  /// The content of a stored evidence file, verified against its hash.
  public func evidenceContent(_ ref: EvidenceRef) throws -> Data {
    try vault.content(of: ref.sha256)
  }

  func insert(_ db: Database, _ record: LedgerRecord, actor: String) throws -> Int64 {
    let occurrence = try db.cachedStatement(
      sql: """
        INSERT INTO occurrence (unit_id, item_id, period) VALUES (?, ?, ?)
        ON CONFLICT (unit_id, period, item_id) DO UPDATE SET due = due RETURNING id
        """)
    let key = record.key
    guard
      let occurrenceID = try Int64.fetchOne(
        occurrence, arguments: [key.unitID, key.itemID, key.period])
    else { throw StoreError(.io, "无法登记事项 \"\(key.itemID)\"") }
    let insertRecord = try db.cachedStatement(
      sql: """
        INSERT INTO record (occurrence_id, done_at, done_on, by_person_id, note, value_json)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    try insertRecord.execute(arguments: [
      occurrenceID, StoredTime.millis(record.doneAt), record.doneOn, record.byPersonID, record.note,
      JSONText.numbers(record.values),
    ])
    let recordID = db.lastInsertedRowID
    for (position, ref) in record.evidence.enumerated() {
      try db.execute(
        sql: "INSERT OR IGNORE INTO evidence (sha256, size, stored_at) VALUES (?, ?, ?)",
        arguments: [ref.sha256, ref.size, StoredTime.millis(Date())])
      try db.execute(
        sql: """
          INSERT INTO record_evidence (record_id, position, sha256, file_name)
          VALUES (?, ?, ?, ?)
          """, arguments: [recordID, position, ref.sha256, ref.fileName])
    }
    var saved = record
    saved.id = recordID
    try audit(
      db, actor: actor, action: "record", entity: "record",
      entityID: Self.entityID(key, recordID), unitID: key.unitID, before: nil,
      after: Self.json(saved), at: record.doneAt)
    return recordID
  }

  static func checkReferences(_ db: Database, _ record: LedgerRecord) throws {
    guard try fetchUnit(SQLiteSession(db: db), record.key.unitID) != nil else {
      throw StoreError(.notFound, "单位 \"\(record.key.unitID)\" 不存在")
    }
    if let by = record.byPersonID, try fetchPerson(SQLiteSession(db: db), by) == nil {
      throw StoreError(.notFound, "人员 \"\(by)\" 不存在")
    }
  }

  static func fetchRecords(_ db: Database, key: OccurrenceKey) throws -> [LedgerRecord] {
    try fetchRecords(
      db, where: "o.unit_id = ? AND o.period = ? AND o.item_id = ?",
      arguments: [key.unitID, key.period, key.itemID])
  }

  static func fetchRecords(
    _ db: Database, where condition: String, arguments: StatementArguments
  ) throws -> [LedgerRecord] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT r.*, o.unit_id, o.item_id, o.period FROM record r
        JOIN occurrence o ON o.id = r.occurrence_id
        WHERE \(condition) ORDER BY o.item_id, r.done_at, r.id
        """, arguments: arguments)
    let ids: [Int64] = rows.map { $0["id"] }
    var evidence: [Int64: [EvidenceRef]] = [:]
    // In chunks: SQLite limits the bound parameters of one statement.
    for start in stride(from: 0, to: ids.count, by: 5000) {
      let chunk = Array(ids[start..<min(start + 5000, ids.count)])
      let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
      let found = try Row.fetchAll(
        db,
        sql: """
          SELECT re.record_id, re.sha256, re.file_name, e.size FROM record_evidence re
          JOIN evidence e ON e.sha256 = re.sha256 WHERE re.record_id IN (\(marks))
          ORDER BY re.record_id, re.position
          """, arguments: StatementArguments(chunk))
      for row in found {
        evidence[row["record_id"], default: []].append(
          EvidenceRef(sha256: row["sha256"], fileName: row["file_name"], size: row["size"]))
      }
    }
    return rows.map { row in
      let id: Int64 = row["id"]
      return LedgerRecord(
        id: id,
        key: OccurrenceKey(unitID: row["unit_id"], itemID: row["item_id"], period: row["period"]),
        doneAt: StoredTime.date(row["done_at"]), doneOn: row["done_on"],
        byPersonID: row["by_person_id"],
        note: row["note"], values: JSONText.decodeNumbers(row["value_json"]),
        evidence: evidence[id] ?? [])
    }
  }

  static func entityID(_ key: OccurrenceKey, _ id: Int64) -> String {
    RecordAudit.entityID(key, id)
  }

  /// The audit snapshot of a record.
  static func json(_ r: LedgerRecord) -> String { RecordAudit.json(r) }
}

extension SQLiteStore {
  /// Tallies in one read per chunk of units: each occurrence's record count from the
  /// record index (no sorting or grouping of records), and the latest record's values only
  /// for the items asked for, from the same row.
  public func recordTallies(
    unitIDs: [String], periods: [String], valuesOf items: Set<String>, cutoff: RecordCutoff?
  ) throws -> [RecordTally] {
    guard !unitIDs.isEmpty, !periods.isEmpty else { return [] }
    let cut = cutoff?.sql("r") ?? ""
    let periodMarks = Array(repeating: "?", count: periods.count).joined(separator: ",")
    let wanted = items.sorted()
    // The latest record by time, then by id: the one the per-record reads list last.
    let latest =
      wanted.isEmpty
      ? "NULL"
      : """
      CASE WHEN o.item_id IN (\(Array(repeating: "?", count: wanted.count).joined(separator: ",")))
        THEN (SELECT value_json FROM record r WHERE r.occurrence_id = o.id
              \(cut) ORDER BY r.done_at DESC, r.id DESC LIMIT 1) END
      """
    let units = unitIDs.sorted()
    return try grdbRead { db in
      var tallies: [RecordTally] = []
      var unitTexts = TextInterner(), itemTexts = TextInterner(), periodTexts = TextInterner()
      for start in stride(from: 0, to: units.count, by: 500) {
        let chunk = Array(units[start..<min(start + 500, units.count)])
        let unitMarks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        // Stepped through the C API: GRDB's row decoding costs more than SQLite's own work here.
        let statement = try db.makeStatement(
          sql: """
            SELECT * FROM (
              SELECT o.unit_id, o.item_id, o.period,
                (SELECT count(*) FROM record r WHERE r.occurrence_id = o.id\(cut)) AS n,
                \(latest) AS v,
                (SELECT max(done_on) FROM record r WHERE r.occurrence_id = o.id\(cut)) AS d
              FROM occurrence o
              WHERE o.unit_id IN (\(unitMarks)) AND o.period IN (\(periodMarks)))
            WHERE n > 0
            """)
        statement.arguments = StatementArguments(wanted + chunk + periods)
        let raw = statement.sqliteStatement
        func text(_ column: Int32, _ interner: inout TextInterner) -> String {
          let bytes = sqlite3_column_text(raw, column)
          let number = interner.number(bytes, count: Int(sqlite3_column_bytes(raw, column)))
          return interner.strings[number]
        }
        while true {
          let step = sqlite3_step(raw)
          if step == SQLITE_DONE { break }
          guard step == SQLITE_ROW else {
            throw StoreError(
              .io, "读取台账记录失败：\(String(cString: sqlite3_errmsg(db.sqliteConnection)))")
          }
          let values = sqlite3_column_text(raw, 4).map {
            JSONText.decodeNumbers(String(cString: $0))
          }
          tallies.append(
            RecordTally(
              key: OccurrenceKey(
                unitID: text(0, &unitTexts), itemID: text(1, &itemTexts),
                period: text(2, &periodTexts)),
              count: Int(sqlite3_column_int64(raw, 3)), latestValues: values,
              lastDoneOn: sqlite3_column_text(raw, 5).map { String(cString: $0) }))
        }
        sqlite3_reset(raw)
      }
      return tallies
    }
  }
}
