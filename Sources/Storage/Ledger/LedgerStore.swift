import Foundation

/// The ledger's operations, written once over an engine's `SQLSession`s: units, people,
/// roles, records and tallies, deliveries and claims, audit, archive, plugin data, the
/// run log, item history, export and import. `SQLiteStore` and `PostgresStore` add only
/// how to open their engine.
///
/// Unchecked `Sendable`: every stored property is an immutable `let` of a `Sendable` type;
/// the class is open only so that the two engines' stores can be subclasses.
open class LedgerStore: @unchecked Sendable {
  /// Where the ledger lives (a file path, or a server address with the password hidden).
  public let path: String
  /// The evidence folder.
  public let vault: EvidenceVault
  /// The engine the operations run on.
  public let engine: any SQLEngine

  public init(path: String, vault: EvidenceVault, engine: any SQLEngine) {
    self.path = path
    self.vault = vault
    self.engine = engine
  }

  /// The engine's differences.
  public var dialect: SQLDialect { engine.dialect }

  /// Runs reads.
  package func read<T>(_ body: (any SQLSession) throws -> T) throws -> T { try engine.read(body) }

  /// Runs a write transaction.
  @discardableResult
  package func write<T>(_ body: (any SQLSession) throws -> T) throws -> T { try engine.write(body) }

  /// Runs writes that are each atomic on their own (see `SQLEngine.autocommit`).
  package func autocommit<T>(_ body: (any SQLSession) throws -> T) throws -> T {
    try engine.autocommit(body)
  }

  /// Appends one audit entry inside the current transaction.
  package func audit(
    _ db: any SQLSession, actor: String, action: String, entity: String, entityID: String,
    unitID: String?, before: String?, after: String?, at: Date = Date()
  ) throws {
    try db.execute(
      """
      INSERT INTO audit (at, actor, action, entity, entity_id, unit_id, before, after)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      """,
      [
        .integer(StoredTime.millis(at)), .text(actor), .text(action), .text(entity),
        .text(entityID), .text(unitID), .text(before), .text(after),
      ])
  }

  /// `items` 5,000 at a time: bulk work builds its statement's values (or its JSON list of
  /// keys) a chunk at a time, not all at once beside the items themselves.
  static func chunks<T>(of items: [T]) -> [ArraySlice<T>] {
    stride(from: 0, to: items.count, by: 5_000).map { items[$0..<min(items.count, $0 + 5_000)] }
  }
}
