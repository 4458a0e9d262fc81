import Foundation
import Storage

/// PostgreSQL through the store's pool: each call holds one connection alone.
struct PostgresEngine: SQLEngine {
  let pool: PGPool
  /// The schema named by the URL (`?schema=`), which the first migration creates.
  let schema: String?

  var dialect: SQLDialect { .postgres }

  func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
    try pool.withSession { try body($0) }
  }

  func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
    try pool.withSession { try $0.transaction("BEGIN") { try body($0) } }
  }

  func autocommit<T>(_ body: (any SQLSession) throws -> T) throws -> T {
    try pool.withSession { try body($0) }
  }

  func snapshot<T>(_ body: (any SQLSession) throws -> T) throws -> T {
    try pool.withSession {
      try $0.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try body($0) }
    }
  }

  var migrationSetup: [String] { schema.map { ["CREATE SCHEMA IF NOT EXISTS \($0)"] } ?? [] }
}
