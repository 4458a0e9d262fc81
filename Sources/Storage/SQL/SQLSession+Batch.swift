import Foundation

extension SQLSession {
  /// `insertRows` with nothing after the values and no `RETURNING` rows to read.
  @discardableResult
  public func insertRows(_ head: String, _ rows: [[StoredValue]], _ tail: String = "") throws -> Int {
    try insertRows(head, rows, tail, returned: nil)
  }

  /// Runs `select` (which ends in `IN (` … the marks are appended, then `)` and `tail`)
  /// for `keys` in chunks under the bind limit, with `leading` values bound first.
  public func queryIn(
    _ select: String, _ keys: [StoredValue], leading: [StoredValue] = [], tail: String = "",
    chunk size: Int = 5000, _ body: (any SQLCursor) throws -> Void
  ) throws {
    guard !keys.isEmpty else { return }
    let size = max(1, min(size, dialect.maxBinds - leading.count))
    for start in stride(from: 0, to: keys.count, by: size) {
      let chunk = Array(keys[start..<min(keys.count, start + size)])
      let marks = SQLDialect.marks(from: leading.count + 1, count: chunk.count)
      try each(select + marks + ")" + (tail.isEmpty ? "" : " " + tail), leading + chunk, body)
    }
  }
}
