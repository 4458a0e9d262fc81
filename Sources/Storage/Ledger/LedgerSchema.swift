/// One change to the ledger's schema, by intent: a name and its DDL for each engine.
/// PostgreSQL's text columns use the "C" collation so that ordering is byte order, as in
/// SQLite; times are integer milliseconds on both.
public struct LedgerMigration: Sendable {
  /// The name both engines record it under.
  public let name: String
  /// The DDL on SQLite.
  let sqlite: String
  /// The DDL on PostgreSQL.
  let postgres: String

  /// A migration whose DDL differs between the engines.
  init(_ name: String, sqlite: String, postgres: String) {
    self.name = name
    self.sqlite = sqlite
    self.postgres = postgres
  }

  /// A migration with the same DDL on both engines.
  init(_ name: String, both sql: String) {
    self.init(name, sqlite: sql, postgres: sql)
  }

  /// The DDL for `dialect`: one or more commands separated by semicolons.
  func sql(for dialect: SQLDialect) -> String {
    dialect == .postgres ? postgres : sqlite
  }
}

/// The ledger's schema on every engine, as one list of migrations applied in order by
/// `LedgerStore.migrate`. Shipped migrations are never edited: a change is a new migration
/// appended at the end, and a new table must also be added to `LedgerTables`.
public enum LedgerSchema {
  /// Every migration, in order.
  public static let migrations: [LedgerMigration] = ledger + logs + changes + findings

  /// The migration names in order (tests migrate to each one in turn).
  public static let names: [String] = migrations.map(\.name)
}
