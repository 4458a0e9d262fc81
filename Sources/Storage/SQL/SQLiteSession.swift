import Foundation
import GRDB
import GRDBSQLite

/// A `SQLSession` on one GRDB connection, stepping cached statements through the SQLite C
/// API: building GRDB's arguments and rows for every call costs more than SQLite's own work
/// on the ledger's hot paths (bulk loads, tallies over thousands of units).
struct SQLiteSession: SQLSession {
  let db: Database

  var dialect: SQLDialect { .sqlite }

  @discardableResult
  func execute(_ sql: String, _ values: [StoredValue]) throws -> Int {
    let raw = try prepare(sql, values)
    defer { Self.clear(raw) }
    let code = sqlite3_step(raw)
    if code == SQLITE_ROW {
      // A statement with RETURNING: run it to the end.
      var next = sqlite3_step(raw)
      while next == SQLITE_ROW { next = sqlite3_step(raw) }
      guard next == SQLITE_DONE else { throw failure(next) }
    } else if code != SQLITE_DONE {
      throw failure(code)
    }
    return Int(sqlite3_changes(db.sqliteConnection))
  }

  func each(
    _ sql: String, _ values: [StoredValue], _ body: (any SQLCursor) throws -> Void
  ) throws {
    let raw = try prepare(sql, values)
    defer { Self.clear(raw) }
    let cursor = SQLiteCursor(statement: raw)
    while true {
      let code = sqlite3_step(raw)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else { throw failure(code) }
      try body(cursor)
    }
  }

  func script(_ sql: String) throws {
    do {
      try db.execute(sql: sql)
    } catch let error as DatabaseError {
      throw SQLiteErrors.translate(error)
    }
  }

  /// The cached statement for `sql`, reset and bound to `values`.
  private func prepare(_ sql: String, _ values: [StoredValue]) throws -> SQLiteStatement {
    let statement: Statement
    do {
      statement = try db.cachedStatement(sql: Self.numbered(sql))
    } catch let error as DatabaseError {
      throw SQLiteErrors.translate(error)
    }
    let raw = statement.sqliteStatement
    // GRDB's cache may hand back a statement left stepped; binding needs it reset.
    sqlite3_reset(raw)
    sqlite3_clear_bindings(raw)
    let expected = Int(sqlite3_bind_parameter_count(raw))
    guard expected == values.count else {
      throw StoreError(.io, "语句需要 \(expected) 个参数，给了 \(values.count) 个：\(sql)")
    }
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case .text(let s):
        var s = s
        s.withUTF8 { bytes in
          guard let base = bytes.baseAddress, bytes.count > 0 else {
            _ = sqlite3_bind_text(raw, index, "", 0, Self.transient)
            return
          }
          _ = sqlite3_bind_text(
            raw, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
            Int32(bytes.count), Self.transient)
        }
      case .integer(let n): sqlite3_bind_int64(raw, index, n)
      case .null: sqlite3_bind_null(raw, index)
      }
    }
    return raw
  }

  private static func clear(_ raw: SQLiteStatement) {
    sqlite3_reset(raw)
    sqlite3_clear_bindings(raw)
  }

  private func failure(_ code: Int32) -> StoreError {
    SQLiteErrors.translate(
      DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: String(cString: sqlite3_errmsg(db.sqliteConnection))))
  }

  /// `$1` → `?1`: the ledger's statements use PostgreSQL's numbered placeholders, which
  /// SQLite would read as named parameters numbered by first appearance.
  static func numbered(_ sql: String) -> String {
    guard sql.utf8.contains(UInt8(ascii: "$")) else { return sql }
    var out = [UInt8]()
    out.reserveCapacity(sql.utf8.count)
    var quoted = false
    for byte in sql.utf8 {
      if byte == UInt8(ascii: "'") { quoted.toggle() }
      out.append(!quoted && byte == UInt8(ascii: "$") ? UInt8(ascii: "?") : byte)
    }
    return String(decoding: out, as: UTF8.self)
  }

  static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// The row a SQLite statement is on.
private struct SQLiteCursor: SQLCursor {
  let statement: SQLiteStatement

  var columnCount: Int { Int(sqlite3_column_count(statement)) }

  func name(_ i: Int) -> String {
    sqlite3_column_name(statement, Int32(i)).map { String(cString: $0) } ?? ""
  }

  func isNull(_ i: Int) -> Bool { sqlite3_column_type(statement, Int32(i)) == SQLITE_NULL }

  func integer(_ i: Int) -> Int64 { sqlite3_column_int64(statement, Int32(i)) }

  func text(_ i: Int) -> String {
    withTextBytes(i) { String(decoding: $0, as: UTF8.self) }
  }

  func withTextBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    let bytes = sqlite3_column_text(statement, Int32(i))
    let count = Int(sqlite3_column_bytes(statement, Int32(i)))
    return try body(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count))
  }

  func value(_ i: Int) -> StoredValue {
    switch sqlite3_column_type(statement, Int32(i)) {
    case SQLITE_NULL: return .null
    case SQLITE_INTEGER: return .integer(integer(i))
    default: return .text(text(i))
    }
  }
}

/// SQLite's errors as the store's.
enum SQLiteErrors {
  static func translate(_ error: DatabaseError) -> StoreError {
    switch error.resultCode {
    case .SQLITE_CONSTRAINT:
      return StoreError(.conflict, "违反数据约束：\(error.message ?? "")")
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return StoreError(.io, "数据库忙，请稍后重试")
    default:
      return StoreError(.io, "数据库错误：\(error.message ?? "\(error)")")
    }
  }
}
