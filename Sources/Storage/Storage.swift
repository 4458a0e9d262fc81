/// The ledger on disk: units, people, roles, occurrences, records, deliveries, reports.
///
/// Callers work through the `Store` protocol and the value types in `Model/`; the SQLite
/// implementation (`SQLiteStore`) is one conformance, a PostgreSQL one can be another.
public enum Storage {}
