import Foundation

/// Whole tables, for export and import, backups and the copy between engines
/// (`TableStore`): the same tables, columns and ids on every engine.
extension LedgerStore {
  /// The tables in the store, the migration bookkeeping excluded.
  public func tableNames() throws -> [String] {
    try read { db in
      var names: [String] = []
      try db.each(db.dialect.tableNames, []) { names.append($0.text(0)) }
      return names
    }
  }

  /// Every ledger table, read in one consistent snapshot.
  public func readTables() throws -> TableRows {
    try engine.snapshot { db in
      var rows: TableRows = [:]
      for table in LedgerTables.all {
        var out: [[StoredValue]] = []
        let width = table.columns.count
        try db.each(
          "SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name) "
            + "ORDER BY \(table.orderBy)", []
        ) { cursor in
          out.append((0..<width).map { cursor.value($0) })
        }
        rows[table.name] = out
      }
      return rows
    }
  }

  /// Replaces every table's contents in one transaction, keeping ids; new rows continue
  /// after the highest id.
  public func replaceTables(_ rows: TableRows) throws {
    try write { db in
      for statement in db.dialect.emptyTables(LedgerTables.all.map(\.name)) {
        try db.execute(statement)
      }
      for table in LedgerTables.all {
        var tableRows = rows[table.name] ?? []
        if table.name == "unit" { tableRows = LedgerTables.parentsFirst(tableRows) }
        try db.insertRows(
          "INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) VALUES",
          tableRows)
      }
      for statement in db.dialect.continueIdentities(LedgerTables.withIDs) {
        try db.execute(statement)
      }
    }
  }
}
