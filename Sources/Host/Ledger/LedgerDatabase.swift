import Foundation
import PostgresStorage
import Storage

/// Opens the store a `--db` value names: a SQLite file (the default) or a PostgreSQL URL.
public enum LedgerDatabase {
  /// Opens the store at a resolved location (see `DatabaseLocation`). A file that is not a
  /// ledger (empty, or not SQLite), a bad URL, a refused connection or a refused login is a
  /// configuration error (exit 2).
  public static func open(
    _ location: String, create: Bool = false, migrate: Bool = true,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> any Store & TableStore {
    guard PostgresURL.isURL(location) else {
      do {
        return try SQLiteStore(path: location, create: create, migrate: migrate)
      } catch let error as StoreError where error.code == .invalid {
        throw UsageError(error.message, exitCode: 2)  // not a ledger file: check --db
      }
    }
    do {
      let url = try PostgresURL(location)
      let evidence = url.evidence ?? DatabaseLocation.dataFolder(environment) + "/evidence"
      return try PostgresStore(
        url: url, evidence: URL(fileURLWithPath: evidence, isDirectory: true), create: create,
        migrate: migrate)
    } catch let error as StoreError where error.code == .io || error.code == .invalid {
      throw UsageError(error.message, exitCode: 2)
    }
  }

  /// Whether a location is a PostgreSQL URL rather than a SQLite file.
  public static func isPostgres(_ location: String) -> Bool { PostgresURL.isURL(location) }

  /// The location as it may be shown: a URL's password hidden.
  public static func display(_ location: String) -> String {
    (try? PostgresURL(location).redacted) ?? location
  }
}
