import Foundation
import Storage

extension PostgresStore {
  /// The applied migration names, in order.
  public func appliedMigrations() throws -> [String] {
    try session { db in
      guard try Self.hasMigrationTable(db, schema: schema) else { return [] }
      return try db.pgQuery("SELECT name FROM schema_migrations ORDER BY position")
        .map { $0.text("name") }
    }
  }

  /// The known migrations not yet applied.
  public func pendingMigrations() throws -> [String] {
    let applied = Set(try appliedMigrations())
    return PostgresSchema.names.filter { !applied.contains($0) }
  }

  /// Applies the pending migrations in one transaction, under an advisory lock so that
  /// several hosts starting at once migrate once.
  public func migrate() throws -> [String] { try migrate(through: nil) }

  /// Applies the pending migrations up to and including `last` (nil: all of them).
  func migrate(through last: String?) throws -> [String] {
    let names = PostgresSchema.names
    let end = last.flatMap { names.firstIndex(of: $0) }.map { $0 + 1 } ?? names.count
    return try pgWrite { db in
      try db.pgExecute("SELECT pg_advisory_xact_lock(7424700001)")
      if let schema { try db.script("CREATE SCHEMA IF NOT EXISTS \(schema)") }
      try db.script(
        """
        CREATE TABLE IF NOT EXISTS schema_migrations (
          position BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at BIGINT NOT NULL)
        """)
      let applied = Set(
        try db.pgQuery("SELECT name FROM schema_migrations").map { $0.text("name") })
      var done: [String] = []
      for (position, migration) in PostgresSchema.migrations.prefix(end).enumerated()
      where !applied.contains(migration.name) {
        try db.script(migration.sql)
        try db.pgExecute(
          "INSERT INTO schema_migrations (position, name, applied_at) VALUES ($1, $2, $3)",
          [.integer(Int64(position)), .text(migration.name), .integer(StoredTime.millis(Date()))])
        done.append(migration.name)
      }
      return done
    }
  }

  /// The tables in the store's schema, bookkeeping excluded.
  public func tableNames() throws -> [String] {
    try session { db in
      try db.pgQuery(
        """
        SELECT table_name::text AS name FROM information_schema.tables
        WHERE table_schema = coalesce($1, current_schema()) AND table_name <> 'schema_migrations'
        ORDER BY 1
        """, [.text(schema)]
      ).map { $0.text("name") }
    }
  }

  /// Every ledger table in one repeatable-read snapshot.
  public func readTables() throws -> TableRows {
    try pool.withSession { session in
      try session.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { db in
        var rows: TableRows = [:]
        for table in LedgerTables.all {
          rows[table.name] = try db.pgQuery(
            "SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name) ORDER BY \(table.orderBy)"
          ).map(\.stored)
        }
        return rows
      }
    }
  }

  /// Replaces every table's contents in one transaction, keeping ids; identity
  /// sequences continue after the highest id.
  public func replaceTables(_ rows: TableRows) throws {
    try pgWrite { db in
      try db.script(
        "TRUNCATE " + LedgerTables.all.map(\.name).joined(separator: ", ")
          + " RESTART IDENTITY")
      for table in LedgerTables.all {
        var tableRows = rows[table.name] ?? []
        if table.name == "unit" { tableRows = LedgerTables.parentsFirst(tableRows) }
        try Self.insertRows(db, table, tableRows)
      }
      for name in LedgerTables.withIDs {
        try db.pgExecute(
          """
          SELECT setval(pg_get_serial_sequence('\(name)', 'id'),
            coalesce((SELECT max(id) FROM \(name)), 0) + 1, false)
          """)
      }
    }
  }

  /// Multi-row inserts, as many rows a statement as the bind limit allows.
  static func insertRows(_ db: PGSession, _ table: LedgerTable, _ rows: [[StoredValue]]) throws {
    let width = table.columns.count
    let perStatement = max(1, 30_000 / width)
    var start = 0
    while start < rows.count {
      let chunk = rows[start..<min(rows.count, start + perStatement)]
      var values: [PGValue] = []
      values.reserveCapacity(chunk.count * width)
      var tuples: [String] = []
      for row in chunk {
        let base = values.count
        tuples.append("(" + (1...width).map { "$\(base + $0)" }.joined(separator: ",") + ")")
        values += row.map(PGValue.init)
      }
      try db.pgExecute(
        "INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) VALUES "
          + tuples.joined(separator: ","), values)
      start += perStatement
    }
  }
}
