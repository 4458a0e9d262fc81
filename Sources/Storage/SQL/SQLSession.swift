import Foundation

/// One connection's view of the ledger database, used by one caller at a time: the seam
/// between the ledger's operations (written once, in `LedgerStore`) and an engine
/// (SQLite through GRDB, PostgreSQL through PostgresNIO).
///
/// Statements are written once, with PostgreSQL's numbered placeholders (`$1`, `$2`, …);
/// the SQLite session reads them as SQLite's own numbered form (`?1`, `?2`, …). Values are
/// the ledger's three kinds: text, 64-bit integer, null.
public protocol SQLSession {
  /// The engine's few real differences.
  var dialect: SQLDialect { get }

  /// Runs a statement and returns how many rows it changed.
  @discardableResult
  func execute(_ sql: String, _ values: [StoredValue]) throws -> Int

  /// Runs a query and hands each row to `body` as it is read; the cursor is valid only
  /// during the call. The fast path for large reads.
  func each(_ sql: String, _ values: [StoredValue], _ body: (any SQLCursor) throws -> Void) throws

  /// Runs DDL that may hold several commands separated by semicolons (no binds, and no
  /// semicolons inside literals).
  func script(_ sql: String) throws

  /// Inserts `rows`: `head` is `INSERT INTO t (a, b, …) VALUES` (or `… SELECT * FROM
  /// (VALUES`), `tail` what follows the values (`ON CONFLICT …`, `RETURNING …`); the rows a
  /// `RETURNING` clause yields go to `returned`. Returns the number of rows changed (or
  /// returned). PostgreSQL sends many rows a statement, saving round trips; SQLite steps
  /// one compiled single-row statement per row.
  @discardableResult
  func insertRows(
    _ head: String, _ rows: [[StoredValue]], _ tail: String,
    returned: ((any SQLCursor) throws -> Void)?
  ) throws -> Int

  /// `insertRows` for a table with an integer `id`, handing each row inserted (not left
  /// out by the `tail`'s `ON CONFLICT`) to `inserted`: column 0 is its new id, columns 1…
  /// its leading values, the columns named `key` (which the head lists first). The `tail`
  /// has no `RETURNING`. PostgreSQL returns those columns; SQLite reads the id of each
  /// row it inserts, as a `RETURNING` would cost it a temporary table for every statement.
  @discardableResult
  func insertRows(
    _ head: String, _ rows: [[StoredValue]], _ tail: String, returningID key: [String],
    inserted: (any SQLCursor) throws -> Void
  ) throws -> Int
}

/// A row an insert reports (see `insertRows(…returningID:…)`): its new id, then the
/// leading values it was given, the columns named `key`.
struct InsertedRowCursor: SQLCursor {
  let id: Int64
  let row: [StoredValue]
  let key: [String]

  var columnCount: Int { 1 + key.count }
  func name(_ i: Int) -> String { i == 0 ? "id" : i <= key.count ? key[i - 1] : "" }
  func isNull(_ i: Int) -> Bool { value(i) == .null }
  func integer(_ i: Int) -> Int64 {
    switch value(i) {
    case .integer(let n): return n
    case .text(let s): return Int64(s) ?? 0
    case .null: return 0
    }
  }
  func text(_ i: Int) -> String {
    switch value(i) {
    case .text(let s): return s
    case .integer(let n): return String(n)
    case .null: return ""
    }
  }
  func withTextBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    var s = text(i)
    return try s.withUTF8(body)
  }
  func value(_ i: Int) -> StoredValue {
    i == 0 ? .integer(id) : i <= key.count && i <= row.count ? row[i - 1] : .null
  }
}

/// The current row of a query, read by column position.
public protocol SQLCursor {
  /// The number of columns.
  var columnCount: Int { get }
  /// The name of column `i`.
  func name(_ i: Int) -> String
  /// Whether column `i` is NULL.
  func isNull(_ i: Int) -> Bool
  /// Column `i` as an integer (0 when NULL).
  func integer(_ i: Int) -> Int64
  /// Column `i` as text ("" when NULL).
  func text(_ i: Int) -> String
  /// Calls `body` with the UTF-8 bytes of column `i` without making a `String` (for
  /// interning ids that repeat on many rows).
  func withTextBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R
  /// Column `i` as a stored value.
  func value(_ i: Int) -> StoredValue
}

extension SQLCursor {
  /// Column `i` as text, or nil when NULL.
  public func optionalText(_ i: Int) -> String? { isNull(i) ? nil : text(i) }
  /// Column `i` as an integer, or nil when NULL.
  public func optionalInteger(_ i: Int) -> Int64? { isNull(i) ? nil : integer(i) }
}

/// A row read in full, by column name.
public struct SQLRow: Sendable {
  /// Column names to positions, shared by the rows of one query.
  public let columns: SQLColumns
  /// The cells in column order.
  public let values: [StoredValue]

  /// The text in `column` ("" when NULL or missing).
  public func text(_ column: String) -> String { optionalText(column) ?? "" }
  /// The text in `column`, or nil.
  public func optionalText(_ column: String) -> String? {
    switch cell(column) {
    case .text(let s): return s
    case .integer(let n): return String(n)
    case .null, nil: return nil
    }
  }
  /// The integer in `column` (0 when NULL or missing).
  public func integer(_ column: String) -> Int64 { optionalInteger(column) ?? 0 }
  /// The integer in `column`, or nil.
  public func optionalInteger(_ column: String) -> Int64? {
    switch cell(column) {
    case .integer(let n): return n
    case .text(let s): return Int64(s)
    case .null, nil: return nil
    }
  }
  /// Every cell in column order (the dump form).
  public var stored: [StoredValue] { values }

  private func cell(_ column: String) -> StoredValue? {
    columns.index[column].map { values[$0] }
  }
}

/// The column names of a query's rows.
public final class SQLColumns: Sendable {
  /// Name to position (the first column of a repeated name wins).
  public let index: [String: Int]

  init(_ cursor: any SQLCursor) {
    var index: [String: Int] = [:]
    for i in 0..<cursor.columnCount where index[cursor.name(i)] == nil {
      index[cursor.name(i)] = i
    }
    self.index = index
  }
}

extension SQLSession {
  /// Runs a statement without values.
  @discardableResult
  public func execute(_ sql: String) throws -> Int { try execute(sql, []) }

  /// Runs a query and returns its rows, read in full.
  public func query(_ sql: String, _ values: [StoredValue] = []) throws -> [SQLRow] {
    var rows: [SQLRow] = []
    var columns: SQLColumns?
    try each(sql, values) { cursor in
      let names = columns ?? SQLColumns(cursor)
      columns = names
      rows.append(SQLRow(columns: names, values: (0..<cursor.columnCount).map(cursor.value)))
    }
    return rows
  }

  /// The first column of the first row as an integer, or nil (no row, or NULL).
  public func integer(_ sql: String, _ values: [StoredValue] = []) throws -> Int64? {
    var result: Int64?
    var first = true
    try each(sql, values) { cursor in
      if first { result = cursor.optionalInteger(0) }
      first = false
    }
    return result
  }

  /// The first column of the first row as text, or nil (no row, or NULL).
  public func text(_ sql: String, _ values: [StoredValue] = []) throws -> String? {
    var result: String?
    var first = true
    try each(sql, values) { cursor in
      if first { result = cursor.optionalText(0) }
      first = false
    }
    return result
  }
}

extension StoredValue {
  /// Text, or NULL for nil.
  public static func text(_ s: String?) -> StoredValue { s.map { .text($0) } ?? .null }
  /// An integer, or NULL for nil.
  public static func integer(_ n: Int64?) -> StoredValue { n.map { .integer($0) } ?? .null }
  /// An integer from `Int`.
  public static func int(_ n: Int) -> StoredValue { .integer(Int64(n)) }
}
