import Foundation

/// How a record is named and snapshotted in the audit trail, the same on every backend.
package enum RecordAudit {
  package static func entityID(_ key: OccurrenceKey, _ id: Int64) -> String {
    "\(key.unitID)/\(key.itemID)/\(key.period)#\(id)"
  }

  /// The audit snapshot of a record.
  package static func json(_ r: LedgerRecord) -> String {
    var fields: [(String, String)] = [
      ("by", r.byPersonID.map(JSONText.string) ?? "null"),
      ("doneAt", JSONText.string(StoredTime.iso(r.doneAt))),
      ("doneOn", JSONText.string(r.doneOn)),
    ]
    let evidence = r.evidence.map {
      JSONText.object([
        ("fileName", JSONText.string($0.fileName)), ("sha256", JSONText.string($0.sha256)),
        ("size", String($0.size)),
      ])
    }
    fields += [
      ("evidence", "[" + evidence.joined(separator: ",") + "]"), ("id", String(r.id)),
      ("item", JSONText.string(r.key.itemID)), ("note", r.note.map(JSONText.string) ?? "null"),
      ("period", JSONText.string(r.key.period)), ("unit", JSONText.string(r.key.unitID)),
      ("values", JSONText.numbers(r.values)),
    ]
    return JSONText.object(fields)
  }
}
