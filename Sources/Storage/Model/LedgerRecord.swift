import Foundation

/// A ledger entry saying an occurrence was done: when, by whom, note, values, evidence.
public struct LedgerRecord: Sendable, Equatable, Codable {
  /// Row id assigned by the store (0 before insertion).
  public var id: Int64
  /// The occurrence this record completes.
  public var key: OccurrenceKey
  /// The moment it was entered in the ledger (named before records had `doneOn`).
  public var doneAt: Date
  /// The day the work was done, `YYYY-MM-DD` in the site's zone (Beijing time).
  public var doneOn: String
  /// The person who did it, if known.
  public var byPersonID: String?
  /// Free note.
  public var note: String?
  /// Numeric values, e.g. 参训人数=42.
  public var values: [String: Double]
  /// Evidence files, in the order given.
  public var evidence: [EvidenceRef]

  /// Creates a record; without `doneOn` the work was done on the day it was entered.
  public init(
    id: Int64 = 0, key: OccurrenceKey, doneAt: Date, doneOn: String? = nil,
    byPersonID: String? = nil, note: String? = nil, values: [String: Double] = [:],
    evidence: [EvidenceRef] = []
  ) {
    self.id = id
    self.key = key
    self.doneAt = doneAt
    self.doneOn = doneOn ?? LedgerRecord.day(of: doneAt)
    self.byPersonID = byPersonID
    self.note = note
    self.values = values
    self.evidence = evidence
  }
}

extension LedgerRecord {
  /// The day of `instant` in Beijing time (UTC+8 all year), `YYYY-MM-DD`: the done-on day
  /// of a record entered at that moment, and what the migration gave older records.
  public static func day(of instant: Date) -> String {
    String(StoredTime.iso(instant.addingTimeInterval(8 * 3600)).prefix(10))
  }
}

/// A file kept as evidence: its content hash, original name and size.
public struct EvidenceRef: Sendable, Equatable, Hashable, Codable {
  /// Lower-case hex SHA-256 of the content.
  public var sha256: String
  /// The file name it was given when recorded.
  public var fileName: String
  /// Size in bytes.
  public var size: Int64

  /// Creates a reference.
  public init(sha256: String, fileName: String, size: Int64) {
    self.sha256 = sha256
    self.fileName = fileName
    self.size = size
  }
}
