import Foundation
import PostgresNIO
import Storage

/// The ledger on a PostgreSQL server, shared by several taizhang processes on several
/// hosts; evidence files live in a content-addressed folder every host can reach.
/// The `Store` protocols are synchronous: each call takes a connection of its own from a
/// small pool and waits for the server on a dedicated event loop thread.
public final class PostgresStore: LedgerStore, Store, TableStore, @unchecked Sendable {
  let pool: PGPool

  /// Connects; with `create: false` an uninitialised database throws `.notFound`; with
  /// `migrate: true` pending migrations are applied (one process at a time).
  public init(url: PostgresURL, evidence: URL, create: Bool = true, migrate: Bool = true) throws {
    let pool = try PGPool(url: url)
    self.pool = pool
    super.init(
      path: url.redacted, vault: EvidenceVault(root: evidence),
      engine: PostgresEngine(pool: pool, schema: url.schema))
    let initialised = try read { try Self.hasMigrationTable($0) }
    if !initialised && !create {
      throw StoreError(.notFound, "数据库 \"\(url.redacted)\" 尚未初始化；请先运行 taizhang init --db …")
    }
    if migrate { _ = try self.migrate() }
  }

  /// Closes the connections.
  public func close() { pool.close() }

  /// Runs work on one connection (each statement commits on its own).
  @discardableResult
  func session<T>(_ body: (PGSession) throws -> T) throws -> T {
    try pool.withSession(body)
  }
}
