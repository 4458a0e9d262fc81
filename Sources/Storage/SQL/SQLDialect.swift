/// The few real differences between the engines, for statements written once.
public enum SQLDialect: Sendable, Equatable {
  /// One SQLite file: a single writer at a time, so row locks are not needed.
  case sqlite
  /// A shared PostgreSQL server: several writers, row locks, advisory locks.
  case postgres

  /// Appended to a `SELECT` that reads rows it will change in the same transaction.
  public var forUpdate: String { self == .postgres ? " FOR UPDATE" : "" }

  /// Appended to a `SELECT` that claims rows other runners may be claiming at once.
  public var forUpdateSkipLocked: String { self == .postgres ? " FOR UPDATE SKIP LOCKED" : "" }

  /// Whether an insert left out by `ON CONFLICT` still uses up an id (PostgreSQL takes the
  /// identity's next value for every row it tries; SQLite only numbers rows it stores).
  public var conflictsUseIDs: Bool { self == .postgres }

  /// The most values one statement binds (SQLite's limit is 32,766, PostgreSQL's 65,535).
  public var maxBinds: Int { 30_000 }

  /// A subquery of the elements of a JSON array bound at `mark` (`[3, 5, 8]`, or
  /// `["a", "b"]`), in one column named `value`: a list of any length in one bind, for
  /// `IN (…)` or `FROM (…)`. With `integers`, PostgreSQL reads them as `bigint`.
  public func elements(of mark: String, integers: Bool = false) -> String {
    switch self {
    case .sqlite: return "SELECT value FROM json_each(\(mark))"
    case .postgres:
      return integers
        ? "SELECT value::bigint AS value FROM json_array_elements_text(\(mark)::json)"
        : "SELECT value FROM json_array_elements_text(\(mark)::json)"
    }
  }

  /// A subquery of the rows of a JSON array of arrays of text bound at `mark`
  /// (`[["a", "b"], …]`, see `textRows(_:)`), in columns named `column1`, `column2`, … as a
  /// `VALUES` list's are: many keys in one bind, to join against.
  public func rows(of mark: String, width: Int) -> String {
    let columns = (0..<width).map { "value ->> \($0) AS column\($0 + 1)" }.joined(separator: ", ")
    switch self {
    case .sqlite: return "SELECT \(columns) FROM json_each(\(mark))"
    case .postgres: return "SELECT \(columns) FROM json_array_elements(\(mark)::json)"
    }
  }

  /// The JSON text `rows(of:width:)` reads: an array of rows of strings.
  public static func textRows<S: Sequence>(_ rows: S) -> String where S.Element == [String] {
    var out: [UInt8] = [UInt8(ascii: "[")]
    for (i, row) in rows.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      out.append(UInt8(ascii: "["))
      for (j, text) in row.enumerated() {
        if j > 0 { out.append(UInt8(ascii: ",")) }
        JSONText.append(text, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    }
    out.append(UInt8(ascii: "]"))
    return String(decoding: out, as: UTF8.self)
  }

  /// `$first, $first+1, …` for `count` values: an `IN (…)` list or a row of `VALUES`.
  public static func marks(from first: Int, count: Int) -> String {
    (0..<count).map { "$\(first + $0)" }.joined(separator: ", ")
  }
}
