import Foundation

extension LedgerStore {
  /// Tallies in one read per chunk of units: each occurrence's record count from the
  /// record index (no sorting or grouping of records), and the latest record's values only
  /// for the items asked for, from the same row.
  public func recordTallies(
    unitIDs: [String], periods: [String], valuesOf items: Set<String>, cutoff: RecordCutoff?
  ) throws -> [RecordTally] {
    guard !unitIDs.isEmpty, !periods.isEmpty else { return [] }
    let cut = cutoff?.sql("r") ?? ""
    let wanted = items.sorted()
    // The latest record by time, then by id: the one the per-record reads list last.
    let latest =
      wanted.isEmpty
      ? "NULL"
      : """
      CASE WHEN o.item_id IN (\(SQLDialect.marks(from: 1, count: wanted.count)))
        THEN (SELECT value_json FROM record r WHERE r.occurrence_id = o.id
              \(cut) ORDER BY r.done_at DESC, r.id DESC LIMIT 1) END
      """
    let units = unitIDs.sorted()
    return try read { db in
      var tallies: [RecordTally] = []
      var unitTexts = TextInterner(), itemTexts = TextInterner(), periodTexts = TextInterner()
      for start in stride(from: 0, to: units.count, by: 500) {
        let chunk = units[start..<min(start + 500, units.count)]
        let unitMarks = SQLDialect.marks(from: wanted.count + 1, count: chunk.count)
        let periodMarks = SQLDialect.marks(from: wanted.count + chunk.count + 1, count: periods.count)
        try db.each(
          """
          SELECT * FROM (
            SELECT o.unit_id, o.item_id, o.period,
              (SELECT count(*) FROM record r WHERE r.occurrence_id = o.id\(cut)) AS n,
              \(latest) AS v,
              (SELECT max(done_on) FROM record r WHERE r.occurrence_id = o.id\(cut)) AS d
            FROM occurrence o
            WHERE o.unit_id IN (\(unitMarks)) AND o.period IN (\(periodMarks))) AS t
          WHERE n > 0
          """,
          wanted.map { .text($0) } + chunk.map { .text($0) } + periods.map { .text($0) }
        ) { c in
          tallies.append(
            RecordTally(
              key: OccurrenceKey(
                unitID: unitTexts.text(c, 0), itemID: itemTexts.text(c, 1),
                period: periodTexts.text(c, 2)),
              count: Int(c.integer(3)), latestValues: c.optionalText(4).map(JSONText.decodeNumbers),
              lastDoneOn: c.optionalText(5)))
        }
      }
      return tallies
    }
  }
}
