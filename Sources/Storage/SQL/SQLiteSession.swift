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

  /// One single-row statement, compiled once and stepped for every row: SQLite has no
  /// round trip to save, and binding a row costs less than compiling rows into a larger
  /// statement (or looking the statement up again for each row).
  @discardableResult
  func insertRows(
    _ head: String, _ rows: [[StoredValue]], _ tail: String,
    returned: ((any SQLCursor) throws -> Void)?
  ) throws -> Int {
    var changed = 0
    try eachRow(head, rows, tail) { raw, _ in
      let cursor = SQLiteCursor(statement: raw)
      var code = sqlite3_step(raw)
      if let returned {
        while code == SQLITE_ROW {
          changed += 1
          try returned(cursor)
          code = sqlite3_step(raw)
        }
      } else {
        while code == SQLITE_ROW { code = sqlite3_step(raw) }
        changed += Int(sqlite3_changes(db.sqliteConnection))
      }
      guard code == SQLITE_DONE else { throw failure(code) }
    }
    return changed
  }

  @discardableResult
  func insertRows(
    _ head: String, _ rows: [[StoredValue]], _ tail: String, returningID key: [String],
    inserted: (any SQLCursor) throws -> Void
  ) throws -> Int {
    let connection = db.sqliteConnection
    var count = 0
    try eachRow(head, rows, tail) { raw, row in
      let before = sqlite3_total_changes64(connection)
      let code = sqlite3_step(raw)
      guard code == SQLITE_DONE else { throw failure(code) }
      // Left out by ON CONFLICT DO NOTHING, or by the statement's own WHERE.
      guard sqlite3_total_changes64(connection) > before else { return }
      count += 1
      try inserted(InsertedRowCursor(id: sqlite3_last_insert_rowid(connection), row: row, key: key))
    }
    return count
  }

  /// Compiles `head (one row of marks) tail` once and hands it to `step` bound to each row
  /// in turn.
  private func eachRow(
    _ head: String, _ rows: [[StoredValue]], _ tail: String,
    _ step: (SQLiteStatement, [StoredValue]) throws -> Void
  ) throws {
    guard let width = rows.first?.count, width > 0 else { return }
    let sql = head + " (" + SQLDialect.marks(from: 1, count: width) + ")" + (tail.isEmpty ? "" : " " + tail)
    let raw = try prepare(sql, rows[0])
    defer { Self.clear(raw) }
    for (i, row) in rows.enumerated() {
      if i > 0 {
        guard row.count == width else {
          throw StoreError(.io, "语句需要 \(width) 个参数，给了 \(row.count) 个：\(sql)")
        }
        sqlite3_reset(raw)
        Self.bind(raw, row)
      }
      try step(raw, row)
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
    Self.bind(raw, values)
    return raw
  }

  /// Binds `values` to the marks of a reset statement, in order.
  private static func bind(_ raw: SQLiteStatement, _ values: [StoredValue]) {
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
  /// SQLite would read as named parameters numbered by first appearance. When each mark is
  /// used once, in order (`$1, $2, …`), they become plain `?`: SQLite looks every numbered
  /// mark up in a list as it compiles it, which made compiling a multi-row insert of
  /// thousands of marks cost more than running it.
  static func numbered(_ sql: String) -> String {
    guard sql.utf8.contains(UInt8(ascii: "$")) else { return sql }
    let bytes = Array(sql.utf8)
    // The marks outside quotes: where each starts, where its digits end, its number.
    var marks: [(start: Int, end: Int, number: Int)] = []
    var quoted = false
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "'") { quoted.toggle() }
      guard !quoted, byte == UInt8(ascii: "$") else {
        i += 1
        continue
      }
      var end = i + 1
      var number = 0
      while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
        number = number &* 10 &+ Int(bytes[end] - UInt8(ascii: "0"))
        end += 1
      }
      marks.append((i, end, number))
      i = end
    }
    let inOrder = marks.enumerated().allSatisfy { $0.element.number == $0.offset + 1 }
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    var copied = 0
    for mark in marks {
      out += bytes[copied..<mark.start]
      out.append(UInt8(ascii: "?"))
      copied = inOrder ? mark.end : mark.start + 1
    }
    out += bytes[copied...]
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
