import Foundation

/// What an export holds, table by table: row counts and content hashes (SHA-256 of the
/// table's text form), and the evidence files. Two stores with equal digests hold the
/// same ledger.
public struct StoreDigest: Sendable, Equatable, Codable {
  /// One table's count and hash.
  public struct Table: Sendable, Equatable, Codable {
    /// The table name.
    public var name: String
    /// How many rows.
    public var rows: Int
    /// SHA-256 of the table's text form.
    public var sha256: String
  }

  /// The export format.
  public var format = "taizhang-export-1"
  /// The migrations the exported schema had.
  public var migrations: [String]
  /// Every table, in insert order.
  public var tables: [Table]
  /// How many evidence files.
  public var evidenceFiles: Int
  /// SHA-256 over the sorted evidence hashes (each file is checked against its name).
  public var evidenceSHA256: String

  /// The digest of in-memory table rows and their text forms.
  init(migrations: [String], texts: [(name: String, rows: Int, text: Data)], evidence: [String]) {
    self.migrations = migrations
    tables = texts.map { Table(name: $0.name, rows: $0.rows, sha256: EvidenceVault.hash($0.text)) }
    evidenceFiles = evidence.count
    evidenceSHA256 = EvidenceVault.hash(Data(evidence.sorted().joined(separator: "\n").utf8))
  }

  /// The digest of a store as it is now.
  public static func of(_ store: any TableStore) throws -> StoreDigest {
    try LedgerTables.checkCovered(store.tableNames())
    let rows = try store.readTables()
    return StoreDigest(
      migrations: try store.appliedMigrations(),
      texts: LedgerTables.all.map { table in
        let tableRows = rows[table.name] ?? []
        return (table.name, tableRows.count, TableText.encode(tableRows))
      },
      evidence: evidenceHashes(rows))
  }

  package static func evidenceHashes(_ rows: TableRows) -> [String] {
    (rows["evidence"] ?? []).compactMap { row in
      if case .text(let sha) = row.first { return sha }
      return nil
    }
  }

  /// Lines for people: one per table, then the evidence.
  public var lines: [String] {
    tables.map { "\($0.name)\t\($0.rows)\t\($0.sha256)" }
      + ["evidence files\t\(evidenceFiles)\t\(evidenceSHA256)"]
  }
}
