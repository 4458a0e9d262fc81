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

  /// The most values one statement binds (SQLite's limit is 32,766, PostgreSQL's 65,535).
  public var maxBinds: Int { 30_000 }

  /// `$first, $first+1, …` for `count` values: an `IN (…)` list or a row of `VALUES`.
  public static func marks(from first: Int, count: Int) -> String {
    (0..<count).map { "$\(first + $0)" }.joined(separator: ", ")
  }
}
