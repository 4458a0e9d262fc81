import GRDB
import GRDBSQLite

/// A cached insert statement driven through the SQLite C API for bulk loads, where
/// building GRDB `StatementArguments` for every row costs more than SQLite's own work.
/// Only text, integer, real and null values are bound.
struct RawInsert {
  let statement: Statement

  init(_ db: Database, sql: String) throws {
    statement = try db.cachedStatement(sql: sql)
  }

  /// One bound value.
  enum Value {
    case text(String)
    case integer(Int64)
    case null
  }

  /// Binds the values, steps once, resets; throws the SQLite error as a `DatabaseError`.
  func run(_ db: Database, _ values: Value...) throws {
    let raw = statement.sqliteStatement
    // The statement is shared with GRDB's cache, which leaves a statement stepped after
    // running it; binding to a statement that has not been reset fails (SQLITE_MISUSE)
    // and would leave the parameters NULL.
    sqlite3_reset(raw)
    defer {
      sqlite3_reset(raw)
      sqlite3_clear_bindings(raw)
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
    let code = sqlite3_step(raw)
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
        sql: statement.sql)
    }
  }

  static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
