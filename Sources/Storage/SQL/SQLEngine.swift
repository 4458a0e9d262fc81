import Foundation

/// A database engine the ledger runs on: sessions for reads, write transactions and
/// consistent snapshots. `LedgerStore` writes each operation once above it.
public protocol SQLEngine: Sendable {
  /// The engine's differences that statements must respect.
  var dialect: SQLDialect { get }
  /// Runs reads on one connection (on PostgreSQL each statement stands alone; on SQLite
  /// the reads share one snapshot).
  func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
  /// Runs `body` in one write transaction: committed when it returns, rolled back when it
  /// throws.
  func write<T>(_ body: (any SQLSession) throws -> T) throws -> T
  /// Runs reads that must all see one consistent state (an export, a digest).
  func snapshot<T>(_ body: (any SQLSession) throws -> T) throws -> T
  /// Statements run in each migration's transaction before the bookkeeping table is read
  /// (a PostgreSQL store creates its schema); none by default.
  var migrationSetup: [String] { get }
  /// Runs writes that are each atomic on their own — one statement, or statements that
  /// need not stand or fall together — without a transaction around them where the engine
  /// can (on PostgreSQL each statement commits alone: one round trip, not three).
  func autocommit<T>(_ body: (any SQLSession) throws -> T) throws -> T
}

extension SQLEngine {
  /// No setup.
  public var migrationSetup: [String] { [] }
  /// As `write`: an engine with no cheaper way to run statements that are atomic alone.
  public func autocommit<T>(_ body: (any SQLSession) throws -> T) throws -> T { try write(body) }
}
