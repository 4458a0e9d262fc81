import Foundation
import GRDB

/// SQLite through a GRDB pool: WAL readers beside a single writer.
struct SQLiteEngine: SQLEngine {
  let pool: DatabasePool

  var dialect: SQLDialect { .sqlite }

  func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
    try translating { try pool.read { try body(SQLiteSession(db: $0)) } }
  }

  func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
    try translating { try pool.write { try body(SQLiteSession(db: $0)) } }
  }

  func snapshot<T>(_ body: (any SQLSession) throws -> T) throws -> T {
    try read(body)
  }

  private func translating<T>(_ work: () throws -> T) throws -> T {
    do {
      return try work()
    } catch let error as DatabaseError {
      throw SQLiteErrors.translate(error)
    }
  }
}
