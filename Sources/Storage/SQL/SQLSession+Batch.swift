import Foundation

extension SQLSession {
  /// Inserts `rows` with multi-row `VALUES`, as many rows a statement as the bind limit
  /// allows: `head` is `INSERT INTO t (a, b, …) VALUES`, `tail` what follows the values
  /// (`ON CONFLICT …`, `RETURNING …`). Rows a `RETURNING` clause yields go to `returned`.
  /// Returns the number of rows changed.
  @discardableResult
  public func insertRows(
    _ head: String, _ rows: [[StoredValue]], _ tail: String = "",
    returned: ((any SQLCursor) throws -> Void)? = nil
  ) throws -> Int {
    guard let width = rows.first?.count, width > 0 else { return 0 }
    let perStatement = max(1, dialect.maxBinds / width)
    var changed = 0
    for start in stride(from: 0, to: rows.count, by: perStatement) {
      let chunk = rows[start..<min(rows.count, start + perStatement)]
      var values: [StoredValue] = []
      values.reserveCapacity(chunk.count * width)
      var tuples: [String] = []
      tuples.reserveCapacity(chunk.count)
      for row in chunk {
        tuples.append("(" + SQLDialect.marks(from: values.count + 1, count: width) + ")")
        values += row
      }
      let sql = head + " " + tuples.joined(separator: ", ") + (tail.isEmpty ? "" : " " + tail)
      if let returned {
        var count = 0
        try each(sql, values) { cursor in
          count += 1
          try returned(cursor)
        }
        changed += count
      } else {
        changed += try execute(sql, values)
      }
    }
    return changed
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
