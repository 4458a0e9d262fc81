import Foundation

/// One cell of a stored table: every ledger column holds text, an integer, or null.
public enum StoredValue: Sendable, Equatable, Hashable {
  /// A text value.
  case text(String)
  /// A 64-bit integer (ids, counts, times in milliseconds).
  case integer(Int64)
  /// NULL.
  case null
}

/// The rows of every ledger table, keyed by table name, each row in `LedgerTables` column
/// order and the rows in key order.
public typealias TableRows = [String: [[StoredValue]]]

/// Whole-store access below the domain protocols, for moving a ledger between backends
/// and for schema upgrades: the same tables, columns and ids on every backend.
public protocol TableStore: Sendable {
  /// The store's evidence folder.
  var vault: EvidenceVault { get }
  /// The names of the migrations applied, in order.
  func appliedMigrations() throws -> [String]
  /// The names of the migrations this build knows and the store has not applied, in order.
  func pendingMigrations() throws -> [String]
  /// Applies the pending migrations; returns their names.
  func migrate() throws -> [String]
  /// The names of the tables the store holds (migration bookkeeping excluded).
  func tableNames() throws -> [String]
  /// Every ledger table's rows, read in one consistent snapshot.
  func readTables() throws -> TableRows
  /// Replaces every ledger table's contents with `rows` in one transaction, keeping ids.
  func replaceTables(_ rows: TableRows) throws
}
