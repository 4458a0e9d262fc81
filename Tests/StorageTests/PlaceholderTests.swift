import Testing

@testable import Storage

/// The ledger's statements are written with PostgreSQL's `$n` marks; SQLite gets them as
/// plain `?` when each is used once, in order, and as `?n` otherwise.
@Suite struct PlaceholderTests {
  @Test(arguments: [
    ("SELECT 1", "SELECT 1"),
    ("INSERT INTO t VALUES ($1, $2), ($3, $4)", "INSERT INTO t VALUES (?, ?), (?, ?)"),
    ("SELECT a FROM t WHERE b = $1 OR c = $1", "SELECT a FROM t WHERE b = ?1 OR c = ?1"),
    ("UPDATE t SET a = $2 WHERE id = $1", "UPDATE t SET a = ?2 WHERE id = ?1"),
    ("SELECT '$1' || $1, $2", "SELECT '$1' || ?, ?"),
    ("SELECT $1, '$2', $2", "SELECT ?, '$2', ?"),
    ("SELECT $1, $3", "SELECT ?1, ?3"),
    ("VALUES ($9, $10, $11)", "VALUES (?9, ?10, ?11)"),
  ])
  func sqliteMarks(_ sql: String, _ expected: String) {
    #expect(SQLiteSession.numbered(sql) == expected)
  }
}
