import Storage

extension PGSession {
  /// The rows of `insertRows`, as many a statement as `perStatement`, travelling as one
  /// array per column (`unnest … WITH ORDINALITY`, read back in the order given): a
  /// statement binds a few arrays however many rows it carries, which PostgreSQL takes in
  /// far faster than a multi-row `VALUES` of one parameter per value. The `head` ends in
  /// `VALUES` (`INSERT INTO t (…) VALUES`, or `… FROM (VALUES`); its columns are read as
  /// `column1`, `column2`, … as a `VALUES` list's are.
  func insertColumns(
    _ head: String, _ rows: [[StoredValue]], _ tail: String, perStatement: Int = 10_000,
    returned: ((any SQLCursor) throws -> Void)?
  ) throws -> Int {
    guard let width = rows.first?.count, width > 0 else { return 0 }
    guard head.hasSuffix("VALUES"), rows.allSatisfy({ $0.count == width }) else {
      throw StoreError(.io, "批量插入的语句须以 VALUES 结尾、每行 \(width) 个值：\(head)")
    }
    let prefix = String(head.dropLast("VALUES".count))
    var changed = 0
    for start in stride(from: 0, to: rows.count, by: perStatement) {
      let chunk = rows[start..<min(rows.count, start + perStatement)]
      let (select, values) = Self.unnest(chunk, width: width)
      let sql = prefix + select + (tail.isEmpty ? "" : " " + tail)
      if let returned {
        for row in try run(sql, values).rows {
          changed += 1
          try returned(PGCursor(row: row.makeRandomAccess()))
        }
      } else {
        changed += try run(sql, values).metadata.rows ?? 0
      }
    }
    return changed
  }

  /// `SELECT u.c1 AS column1, … FROM unnest($1::text[], …) WITH ORDINALITY AS u(c1, …, ord)
  /// ORDER BY u.ord` and its arrays: a column of integers is a `bigint[]`, any other a
  /// `text[]`; a column holding NULLs gets a `bool[]` beside it saying which.
  static func unnest(_ rows: ArraySlice<[StoredValue]>, width: Int) -> (String, [PGValue]) {
    var values: [PGValue] = []
    var selected: [String] = []
    var arrays: [String] = []
    var names: [String] = []
    for column in 0..<width {
      let cells = rows.map { $0[column] }
      let name = "column\(column + 1)"
      if cells.allSatisfy({ $0 == .null }) {
        selected.append("NULL AS \(name)")
        continue
      }
      let integers = cells.allSatisfy { if case .text = $0 { false } else { true } }
      if integers {
        values.append(.integers(cells.map { if case .integer(let n) = $0 { n } else { 0 } }))
        arrays.append("$\(values.count)::bigint[]")
      } else {
        values.append(
          .texts(
            cells.map {
              switch $0 {
              case .text(let s): s
              case .integer(let n): String(n)
              case .null: ""
              }
            }))
        arrays.append("$\(values.count)::text[]")
      }
      names.append("c\(column + 1)")
      if cells.contains(.null) {
        values.append(.flags(cells.map { $0 == .null }))
        arrays.append("$\(values.count)::bool[]")
        names.append("n\(column + 1)")
        selected.append("CASE WHEN u.n\(column + 1) THEN NULL ELSE u.c\(column + 1) END AS \(name)")
      } else {
        selected.append("u.c\(column + 1) AS \(name)")
      }
    }
    let select = "SELECT " + selected.joined(separator: ", ") + " FROM unnest("
      + arrays.joined(separator: ", ") + ") WITH ORDINALITY AS u(" + (names + ["ord"]).joined(separator: ", ")
      + ") ORDER BY u.ord"
    return (select, values)
  }
}
