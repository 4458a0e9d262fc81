import Foundation
import PostgresNIO
import Storage

/// One connection, used by one caller at a time: synchronous statements over the
/// future-based PostgresNIO API. Callers are ordinary threads (never the connection's
/// event loop), so waiting on a future cannot deadlock.
struct PGSession: SQLSession {
  let connection: PostgresConnection
  let logger: Logger

  /// Runs a statement and returns its rows.
  @discardableResult
  func pgQuery(_ sql: String, _ values: [PGValue] = []) throws -> [PGRow] {
    try run(sql, values).rows.map(PGRow.init)
  }

  /// Runs a statement and returns how many rows it changed.
  @discardableResult
  func pgExecute(_ sql: String, _ values: [PGValue] = []) throws -> Int {
    try run(sql, values).metadata.rows ?? 0
  }

  /// The first column of the first row as an integer, or nil.
  func pgInteger(_ sql: String, _ values: [PGValue] = []) throws -> Int64? {
    try run(sql, values).rows.first.flatMap { row in
      row.makeRandomAccess().first.flatMap { try? $0.decode(Int64?.self) }
    }
  }

  /// Runs DDL that may hold several commands separated by semicolons (no binds, and
  /// no semicolons inside literals), one command at a time.
  func script(_ sql: String) throws {
    for command in sql.split(separator: ";")
    where !command.allSatisfy({ $0.isWhitespace }) {
      try pgExecute(String(command))
    }
  }

  var dialect: SQLDialect { .postgres }

  /// Many rows a statement: each statement is a round trip to the server.
  @discardableResult
  func insertRows(
    _ head: String, _ rows: [[StoredValue]], _ tail: String,
    returned: ((any SQLCursor) throws -> Void)?
  ) throws -> Int {
    try insertColumns(head, rows, tail, returned: returned)
  }

  @discardableResult
  func insertRows(
    _ head: String, _ rows: [[StoredValue]], _ tail: String, returningID key: [String],
    inserted: (any SQLCursor) throws -> Void
  ) throws -> Int {
    let returning = "RETURNING " + (["id"] + key).joined(separator: ", ")
    return try withoutActuallyEscaping(inserted) {
      try insertColumns(head, rows, tail.isEmpty ? returning : tail + " " + returning, returned: $0)
    }
  }

  @discardableResult
  func execute(_ sql: String, _ values: [StoredValue]) throws -> Int {
    try run(sql, values.map(PGValue.init)).metadata.rows ?? 0
  }

  func each(
    _ sql: String, _ values: [StoredValue], _ body: (any SQLCursor) throws -> Void
  ) throws {
    for row in try run(sql, values.map(PGValue.init)).rows {
      try body(PGCursor(row: row.makeRandomAccess()))
    }
  }

  func run(_ sql: String, _ values: [PGValue]) throws -> PostgresQueryResult {
    let future: EventLoopFuture<PostgresQueryResult> = connection.query(
      PostgresQuery(unsafeSQL: sql, binds: PGValue.bindings(values)), logger: logger)
    do {
      return try future.wait()
    } catch {
      throw PGErrors.translate(error)
    }
  }

  /// Runs `body` in a transaction (`mode` is the statement that begins it): committed when it returns, rolled back when it throws.
  func transaction<T>(
    _ mode: String = "BEGIN", _ body: (PGSession) throws -> T
  ) throws -> T {
    try pgExecute(mode)
    do {
      let result = try body(self)
      try pgExecute("COMMIT")
      return result
    } catch {
      _ = try? pgExecute("ROLLBACK")
      throw error
    }
  }
}

/// A PostgreSQL result row, read by position.
struct PGCursor: SQLCursor {
  let row: PostgresRandomAccessRow

  var columnCount: Int { row.count }

  func name(_ i: Int) -> String { row[i].columnName }

  func isNull(_ i: Int) -> Bool { row[i].bytes == nil }

  func integer(_ i: Int) -> Int64 {
    let cell = row[i]
    if let n = try? cell.decode(Int64.self) { return n }
    return (try? cell.decode(String.self)).flatMap { Int64($0) } ?? 0
  }

  func text(_ i: Int) -> String {
    let cell = row[i]
    if let s = try? cell.decode(String.self) { return s }
    return (try? cell.decode(Int64.self)).map { String($0) } ?? ""
  }

  func withTextBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    var s = text(i)
    return try s.withUTF8(body)
  }

  func value(_ i: Int) -> StoredValue {
    let cell = row[i]
    if cell.bytes == nil { return .null }
    switch cell.dataType {
    case .int8, .int4, .int2: return .integer((try? cell.decode(Int64.self)) ?? 0)
    default: return .text((try? cell.decode(String.self)) ?? "")
    }
  }
}
