import Foundation
import GRDB

extension SQLiteStore: TableStore {
  /// The known migrations not yet applied.
  public func pendingMigrations() throws -> [String] {
    let applied = Set(try appliedMigrations())
    return Schema.migrationNames.filter { !applied.contains($0) }
  }

  /// Applies the pending migrations.
  public func migrate() throws -> [String] {
    let pending = try pendingMigrations()
    do {
      try Schema.migrator.migrate(pool)
    } catch let error as DatabaseError {
      throw Self.translate(error)
    }
    return pending
  }

  /// The tables in the file, SQLite's and GRDB's bookkeeping excluded.
  public func tableNames() throws -> [String] {
    try grdbRead { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT name FROM sqlite_master WHERE type = 'table'
            AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' ORDER BY name
          """)
    }
  }

  /// Every ledger table, in one read transaction.
  public func readTables() throws -> TableRows {
    try grdbRead { db in
      var rows: TableRows = [:]
      for table in LedgerTables.all {
        let cursor = try Row.fetchCursor(
          db,
          sql: "SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name) "
            + "ORDER BY \(table.orderBy)")
        var out: [[StoredValue]] = []
        while let row = try cursor.next() {
          out.append(row.databaseValues.map(Self.stored))
        }
        rows[table.name] = out
      }
      return rows
    }
  }

  /// Replaces every table's contents in one transaction, keeping ids.
  public func replaceTables(_ rows: TableRows) throws {
    try grdbWrite { db in
      // RESTRICT acts row by row: detach the unit tree before emptying it.
      try db.execute(sql: "UPDATE unit SET parent_id = NULL")
      for table in LedgerTables.all.reversed() {
        try db.execute(sql: "DELETE FROM \(table.name)")
      }
      for table in LedgerTables.all {
        var tableRows = rows[table.name] ?? []
        if table.name == "unit" { tableRows = LedgerTables.parentsFirst(tableRows) }
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let statement = try db.makeStatement(
          sql: "INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) "
            + "VALUES (\(marks))")
        for row in tableRows {
          try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
        }
      }
    }
  }

  static func stored(_ value: DatabaseValue) -> StoredValue {
    switch value.storage {
    case .null: return .null
    case .int64(let n): return .integer(n)
    case .double(let d): return .integer(Int64(d))
    case .string(let s): return .text(s)
    case .blob(let data): return .text(String(decoding: data, as: UTF8.self))
    }
  }

  static func databaseValue(_ value: StoredValue) -> DatabaseValue {
    switch value {
    case .null: return .null
    case .integer(let n): return n.databaseValue
    case .text(let s): return s.databaseValue
    }
  }
}
