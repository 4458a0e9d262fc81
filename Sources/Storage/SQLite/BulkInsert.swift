import Foundation
import GRDB
import GRDBSQLite

/// The bound text of one bulk load, kept in a single byte buffer so that statements bind
/// it with `SQLITE_STATIC` (no per-value copies or `String` bridging) while the buffer is
/// borrowed and unchanged.
struct TextArena {
  /// Where a value's bytes are in the arena; `count < 0` stands for SQL NULL.
  struct Span {
    var offset: Int
    var count: Int32
    static let null = Span(offset: 0, count: -1)
  }

  // One leading byte keeps the base address non-nil, so an empty string binds as ''.
  private(set) var bytes: [UInt8] = [0]

  /// Appends a string's UTF-8 bytes.
  mutating func append(_ s: String) -> Span {
    let offset = bytes.count
    bytes.append(contentsOf: s.utf8)
    return Span(offset: offset, count: Int32(bytes.count - offset))
  }

  /// Appends an optional string (nil binds as NULL).
  mutating func append(_ s: String?) -> Span {
    guard let s else { return .null }
    return append(s)
  }
}

/// A multi-row statement (`rowsPerStatement` rows of `columns` placeholders each) driven
/// through the SQLite C API, binding text from a borrowed `TextArena`.
struct BulkStatement {
  let raw: OpaquePointer
  let sql: String
  let columns: Int32

  /// Prepares `prefix VALUES (?, …), … suffix` for `rows` rows (cached by GRDB).
  init(_ db: Database, prefix: String, columns: Int, rows: Int, suffix: String = "") throws {
    let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
    let sql =
      prefix + " VALUES " + Array(repeating: tuple, count: rows).joined(separator: ",") + suffix
    raw = try db.cachedStatement(sql: sql).sqliteStatement
    self.sql = sql
    self.columns = Int32(columns)
  }

  /// Binds a text span (or NULL) at a 1-based parameter index.
  func bind(_ index: Int32, _ span: TextArena.Span, in text: UnsafePointer<UInt8>) {
    if span.count < 0 {
      sqlite3_bind_null(raw, index)
    } else {
      let start = UnsafeRawPointer(text + span.offset).assumingMemoryBound(to: CChar.self)
      // A nil destructor is SQLITE_STATIC: the bytes are used in place until reset.
      sqlite3_bind_text(raw, index, start, span.count, nil)
    }
  }

  /// Binds an integer at a 1-based parameter index.
  func bind(_ index: Int32, _ value: Int64) {
    sqlite3_bind_int64(raw, index, value)
  }

  /// Steps once: true for a result row, false when done; throws the SQLite error.
  func step(_ db: Database) throws -> Bool {
    let code = sqlite3_step(raw)
    if code == SQLITE_ROW { return true }
    if code == SQLITE_DONE { return false }
    throw DatabaseError(
      resultCode: ResultCode(rawValue: code),
      message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
  }

  /// Resets the statement and drops its bindings (which point into a borrowed arena).
  func reset() {
    sqlite3_reset(raw)
    sqlite3_clear_bindings(raw)
  }

  /// Whether result column `column` holds exactly the span's bytes.
  func column(_ column: Int32, equals span: TextArena.Span, in text: UnsafePointer<UInt8>)
    -> Bool
  {
    guard let bytes = sqlite3_column_text(raw, column) else { return false }
    let count = sqlite3_column_bytes(raw, column)
    return count == span.count && memcmp(bytes, text + span.offset, Int(count)) == 0
  }

  /// Result column `column` as a string.
  func string(_ column: Int32) -> String {
    guard let bytes = sqlite3_column_text(raw, column) else { return "" }
    return String(cString: bytes)
  }
}
