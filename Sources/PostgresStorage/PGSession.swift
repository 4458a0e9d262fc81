import Foundation
import PostgresNIO
import Storage

/// One connection, used by one caller at a time: synchronous statements over the
/// future-based PostgresNIO API. Callers are ordinary threads (never the connection's
/// event loop), so waiting on a future cannot deadlock.
struct PGSession {
  let connection: PostgresConnection
  let logger: Logger

  /// Runs a statement and returns its rows.
  @discardableResult
  func query(_ sql: String, _ values: [PGValue] = []) throws -> [PGRow] {
    try run(sql, values).rows.map(PGRow.init)
  }

  /// Runs a statement and returns how many rows it changed.
  @discardableResult
  func execute(_ sql: String, _ values: [PGValue] = []) throws -> Int {
    try run(sql, values).metadata.rows ?? 0
  }

  /// The first column of the first row as an integer, or nil.
  func integer(_ sql: String, _ values: [PGValue] = []) throws -> Int64? {
    try run(sql, values).rows.first.flatMap { row in
      row.makeRandomAccess().first.flatMap { try? $0.decode(Int64?.self) }
    }
  }

  /// Runs DDL that may hold several commands separated by semicolons (no binds, and
  /// no semicolons inside literals), one command at a time.
  func script(_ sql: String) throws {
    for command in sql.split(separator: ";")
    where !command.allSatisfy({ $0.isWhitespace }) {
      try execute(String(command))
    }
  }

  private func run(_ sql: String, _ values: [PGValue]) throws -> PostgresQueryResult {
    let future: EventLoopFuture<PostgresQueryResult> = connection.query(
      PostgresQuery(unsafeSQL: sql, binds: PGValue.bindings(values)), logger: logger)
    do {
      return try future.wait()
    } catch {
      throw PGErrors.translate(error)
    }
  }

  /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
  func transaction<T>(
    _ mode: String = "BEGIN", _ body: (PGSession) throws -> T
  ) throws -> T {
    try execute(mode)
    do {
      let result = try body(self)
      try execute("COMMIT")
      return result
    } catch {
      _ = try? execute("ROLLBACK")
      throw error
    }
  }
}
