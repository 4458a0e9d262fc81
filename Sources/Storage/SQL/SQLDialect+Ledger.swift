import Foundation

/// The engines' differences in migration bookkeeping, whole-table copies and the few
/// functions the ledger's statements need.
extension SQLDialect {
  // MARK: - Migration bookkeeping

  /// The table that records the applied migrations: on SQLite the one GRDB's migrator
  /// kept (`identifier`), on PostgreSQL `schema_migrations (position, name, applied_at)`.
  /// Each engine keeps its own, so ledgers written by earlier versions are read as they are.
  public var migrationTable: String {
    self == .postgres ? "schema_migrations" : "grdb_migrations"
  }

  /// Counts the bookkeeping tables in the store's schema (1 once the first migration ran).
  /// On PostgreSQL the search path is the store's schema, and `current_schema()` is null
  /// while that schema does not exist yet.
  var migrationTableCount: String {
    switch self {
    case .sqlite:
      return "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'"
    case .postgres:
      return """
        SELECT count(*) FROM information_schema.tables
        WHERE table_name = 'schema_migrations' AND table_schema = current_schema()
        """
    }
  }

  /// Creates the bookkeeping table when missing.
  var createMigrationTable: String {
    switch self {
    case .sqlite:
      return "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)"
    case .postgres:
      return """
        CREATE TABLE IF NOT EXISTS schema_migrations (
          position BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at BIGINT NOT NULL)
        """
    }
  }

  /// The applied migration names, in the order they were applied.
  var appliedMigrationNames: String {
    self == .postgres
      ? "SELECT name FROM schema_migrations ORDER BY position"
      : "SELECT identifier FROM grdb_migrations ORDER BY rowid"
  }

  /// The statement recording migration `name`, the `position`th of the list, applied `at`.
  func recordMigration(_ name: String, position: Int, at: Date) -> (String, [StoredValue]) {
    switch self {
    case .sqlite:
      return ("INSERT INTO grdb_migrations (identifier) VALUES ($1)", [.text(name)])
    case .postgres:
      return (
        "INSERT INTO schema_migrations (position, name, applied_at) VALUES ($1, $2, $3)",
        [.int(position), .text(name), .integer(StoredTime.millis(at))]
      )
    }
  }

  /// Taken first in each migration's transaction, so that several hosts starting at once
  /// migrate once (SQLite's write transaction already excludes other writers).
  var migrationLock: String? {
    self == .postgres ? "SELECT pg_advisory_xact_lock(7424700001)" : nil
  }

  // MARK: - Whole tables

  /// The names of the tables in the store's schema, bookkeeping excluded, by name.
  var tableNames: String {
    switch self {
    case .sqlite:
      return """
        SELECT name FROM sqlite_master WHERE type = 'table'
          AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' ORDER BY name
        """
    case .postgres:
      return """
        SELECT table_name::text AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
        ORDER BY 1
        """
    }
  }

  /// Empties `tables` (parents first) inside a transaction: PostgreSQL truncates them and
  /// restarts their identities; SQLite detaches the unit tree (its `RESTRICT` acts row by
  /// row) and deletes children first.
  func emptyTables(_ tables: [String]) -> [String] {
    switch self {
    case .sqlite:
      return ["UPDATE unit SET parent_id = NULL"] + tables.reversed().map { "DELETE FROM \($0)" }
    case .postgres:
      return ["TRUNCATE " + tables.joined(separator: ", ") + " RESTART IDENTITY"]
    }
  }

  /// Statements that make new ids continue after the highest id in `tables` once rows were
  /// copied in with their ids: PostgreSQL's identity sequences do not follow explicit ids;
  /// SQLite's rowids (and `AUTOINCREMENT`'s counter) do.
  func continueIdentities(_ tables: [String]) -> [String] {
    guard self == .postgres else { return [] }
    return tables.map { name in
      """
      SELECT setval(pg_get_serial_sequence('\(name)', 'id'),
        coalesce((SELECT max(id) FROM \(name)), 0) + 1, false)
      """
    }
  }

  // MARK: - Functions

  /// The length in bytes of a text expression (SQLite's `length` counts characters).
  func byteLength(_ expression: String) -> String {
    self == .postgres ? "octet_length(\(expression))" : "length(CAST(\(expression) AS BLOB))"
  }

  /// A statement that holds a transaction-long lock named by its one value, so that
  /// writers checking a limit before writing take turns; nil where the write transaction
  /// already excludes other writers.
  var namedLock: String? {
    self == .postgres ? "SELECT pg_advisory_xact_lock(hashtext($1))" : nil
  }
}
