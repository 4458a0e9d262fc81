import Foundation

extension LedgerStore {
  /// The records of a unit for one period.
  public func records(unitID: String, period: String) throws -> [LedgerRecord] {
    try read { db in
      try Self.fetchRecords(db, where: "o.unit_id = $1 AND o.period = $2", [.text(unitID), .text(period)])
    }
  }

  /// The records of many units for any of the period keys, in one read: a query per chunk of
  /// units (under the engines' limit on bound values).
  public func records(unitIDs: [String], periods: [String]) throws -> [LedgerRecord] {
    guard !unitIDs.isEmpty, !periods.isEmpty else { return [] }
    let units = unitIDs.sorted()
    return try read { db in
      var all: [LedgerRecord] = []
      for start in stride(from: 0, to: units.count, by: 500) {
        let chunk = units[start..<min(start + 500, units.count)]
        let unitMarks = SQLDialect.marks(from: 1, count: chunk.count)
        let periodMarks = SQLDialect.marks(from: chunk.count + 1, count: periods.count)
        all += try Self.fetchRecords(
          db, where: "o.unit_id IN (\(unitMarks)) AND o.period IN (\(periodMarks))",
          chunk.map { .text($0) } + periods.map { .text($0) })
      }
      return all
    }
  }

  /// The records of one occurrence, oldest first.
  public func records(of key: OccurrenceKey) throws -> [LedgerRecord] {
    try read { db in try Self.fetchRecords(db, key: key) }
  }

  /// The occurrences of a unit for one period.
  public func occurrences(unitID: String, period: String) throws -> [Occurrence] {
    try read { db in
      var found: [Occurrence] = []
      try db.each(
        "SELECT unit_id, item_id, period, due FROM occurrence WHERE unit_id = $1 AND period = $2 ORDER BY item_id",
        [.text(unitID), .text(period)]
      ) { cursor in
        found.append(
          Occurrence(
            key: OccurrenceKey(unitID: cursor.text(0), itemID: cursor.text(1), period: cursor.text(2)),
            due: cursor.optionalText(3)))
      }
      return found
    }
  }

  static func fetchRecords(_ db: any SQLSession, key: OccurrenceKey) throws -> [LedgerRecord] {
    try fetchRecords(
      db, where: "o.unit_id = $1 AND o.period = $2 AND o.item_id = $3",
      [.text(key.unitID), .text(key.period), .text(key.itemID)])
  }

  /// The records whose occurrence (aliased `o`) meets `condition`, ordered by item, time
  /// and id, with their evidence.
  static func fetchRecords(
    _ db: any SQLSession, where condition: String, _ values: [StoredValue]
  ) throws -> [LedgerRecord] {
    var records: [LedgerRecord] = []
    try db.each(
      """
      SELECT r.id, r.done_at, r.done_on, r.by_person_id, r.note, r.value_json,
        o.unit_id, o.item_id, o.period
      FROM record r JOIN occurrence o ON o.id = r.occurrence_id
      WHERE \(condition) ORDER BY o.item_id, r.done_at, r.id
      """, values
    ) { c in
      records.append(
        LedgerRecord(
          id: c.integer(0),
          key: OccurrenceKey(unitID: c.text(6), itemID: c.text(7), period: c.text(8)),
          doneAt: StoredTime.date(c.integer(1)), doneOn: c.text(2), byPersonID: c.optionalText(3),
          note: c.optionalText(4), values: JSONText.decodeNumbers(c.text(5))))
    }
    guard !records.isEmpty else { return records }
    var evidence: [Int64: [EvidenceRef]] = [:]
    try db.queryIn(
      """
      SELECT re.record_id, re.sha256, re.file_name, e.size FROM record_evidence re
      JOIN evidence e ON e.sha256 = re.sha256 WHERE re.record_id IN (
      """, records.map { .integer($0.id) }, tail: "ORDER BY re.record_id, re.position"
    ) { c in
      evidence[c.integer(0), default: []].append(
        EvidenceRef(sha256: c.text(1), fileName: c.text(2), size: c.integer(3)))
    }
    guard !evidence.isEmpty else { return records }
    for i in records.indices {
      if let refs = evidence[records[i].id] { records[i].evidence = refs }
    }
    return records
  }
}
