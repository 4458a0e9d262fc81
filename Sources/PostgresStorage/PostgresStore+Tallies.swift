import Foundation
import Storage

extension PostgresStore {
  /// The records of many units for some periods in one query per chunk of units, rather
  /// than the protocol's query per unit and period.
  public func records(unitIDs: [String], periods: [String]) throws -> [LedgerRecord] {
    guard !unitIDs.isEmpty, !periods.isEmpty else { return [] }
    return try session { db in
      var all: [LedgerRecord] = []
      for chunk in Self.chunks(of: unitIDs.sorted()) {
        all += try Self.fetchRecords(
          db, where: "o.unit_id = ANY($1) AND o.period = ANY($2)", [.texts(chunk), .texts(periods)])
      }
      return all
    }
  }

  /// Record counts per occurrence, and the latest record's values for `items`, counted by
  /// the server (`GROUP BY`): a roll-up over thousands of units reads one row per
  /// occurrence that has records, never the records themselves.
  public func recordTallies(
    unitIDs: [String], periods: [String], valuesOf items: Set<String>, cutoff: RecordCutoff?
  ) throws -> [RecordTally] {
    guard !unitIDs.isEmpty, !periods.isEmpty else { return [] }
    let (cut, latestCut) = (cutoff?.sql("r") ?? "", cutoff?.sql("l") ?? "")
    return try session { db in
      var tallies: [RecordTally] = []
      for chunk in Self.chunks(of: unitIDs.sorted()) {
        let rows = try db.pgQuery(
          """
          SELECT o.unit_id, o.item_id, o.period, count(*) AS n, max(r.done_on) AS d,
            CASE WHEN o.item_id = ANY($3) THEN
              (SELECT value_json FROM record l WHERE l.occurrence_id = o.id\(latestCut)
               ORDER BY l.done_at DESC, l.id DESC LIMIT 1) END AS v
          FROM occurrence o JOIN record r ON r.occurrence_id = o.id\(cut)
          WHERE o.unit_id = ANY($1) AND o.period = ANY($2)
          GROUP BY o.id
          ORDER BY o.unit_id, o.period, o.item_id
          """, [.texts(chunk), .texts(periods), .texts(items.sorted())])
        for row in rows {
          let key = OccurrenceKey(unitID: row.text("unit_id"), itemID: row.text("item_id"), period: row.text("period"))
          tallies.append(RecordTally(
            key: key, count: Int(row.integer("n")),
            latestValues: items.contains(key.itemID) ? JSONText.decodeNumbers(row.text("v")) : nil,
            lastDoneOn: row.optionalText("d")))
        }
      }
      return tallies
    }
  }

  /// Units in groups small enough for one query's arrays.
  static func chunks(of ids: [String]) -> [[String]] {
    stride(from: 0, to: ids.count, by: 2000).map { Array(ids[$0..<min(ids.count, $0 + 2000)]) }
  }
}
