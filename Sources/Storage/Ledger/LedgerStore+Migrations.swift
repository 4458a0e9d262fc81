import Foundation

/// The one migration runner: `LedgerSchema`'s list applied on either engine, each migration
/// in a transaction of its own and recorded in the engine's bookkeeping table.
extension LedgerStore {
  /// The names of the migrations applied, in the list's order; any this build does not
  /// know (a newer build applied them) follow.
  public func appliedMigrations() throws -> [String] {
    try read { db in try Self.appliedMigrations(db) }
  }

  /// The names of the migrations this build knows and the store has not applied, in order.
  public func pendingMigrations() throws -> [String] {
    let applied = Set(try appliedMigrations())
    return LedgerSchema.names.filter { !applied.contains($0) }
  }

  /// Applies the pending migrations; returns their names.
  public func migrate() throws -> [String] { try migrate(through: nil) }

  /// Applies the pending migrations up to and including `last` (nil: all of them), each
  /// in its own transaction (on PostgreSQL under an advisory lock, so that several hosts
  /// starting at once migrate once); returns the names applied. An up-to-date store is
  /// only read.
  public func migrate(through last: String?) throws -> [String] {
    let names = LedgerSchema.names
    let end = last.flatMap { names.firstIndex(of: $0) }.map { $0 + 1 } ?? names.count
    let seen = Set(try appliedMigrations())
    var done: [String] = []
    for (position, migration) in LedgerSchema.migrations.prefix(end).enumerated()
    where !seen.contains(migration.name) {
      let applied = try write { db -> Bool in
        try Self.prepareBookkeeping(db, setup: engine.migrationSetup)
        // Another process may have applied it since the look above.
        guard !(try Self.appliedMigrations(db).contains(migration.name)) else { return false }
        try db.script(migration.sql(for: db.dialect))
        let (sql, values) = db.dialect.recordMigration(
          migration.name, position: position, at: Date())
        try db.execute(sql, values)
        return true
      }
      if applied { done.append(migration.name) }
    }
    return done
  }

  /// Whether the store has the bookkeeping table (a ledger was started in it).
  package static func hasMigrationTable(_ db: any SQLSession) throws -> Bool {
    try db.integer(db.dialect.migrationTableCount) == 1
  }

  /// The applied names read in `db`: known ones in the list's order, then unknown ones.
  static func appliedMigrations(_ db: any SQLSession) throws -> [String] {
    guard try hasMigrationTable(db) else { return [] }
    var stored: [String] = []
    try db.each(db.dialect.appliedMigrationNames, []) { stored.append($0.text(0)) }
    let recorded = Set(stored)
    let known = Set(LedgerSchema.names)
    return LedgerSchema.names.filter(recorded.contains) + stored.filter { !known.contains($0) }
  }

  /// Takes the migration lock, runs the engine's setup and makes the bookkeeping table.
  static func prepareBookkeeping(_ db: any SQLSession, setup: [String]) throws {
    if let lock = db.dialect.migrationLock { try db.execute(lock) }
    for statement in setup { try db.script(statement) }
    try db.script(db.dialect.createMigrationTable)
  }
}
