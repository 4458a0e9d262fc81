import PostgresNIO
import Storage

/// A value bound into a statement: every column of the ledger is text, a 64-bit integer,
/// or null (times are integer milliseconds, as in the SQLite store).
enum PGValue: Sendable {
  case text(String)
  case integer(Int64)
  case integers([Int64])
  case texts([String])
  case flags([Bool])
  case null

  /// Text or null.
  static func text(_ s: String?) -> PGValue { s.map { .text($0) } ?? .null }
  /// An integer or null.
  static func integer(_ n: Int64?) -> PGValue { n.map { .integer($0) } ?? .null }

  init(_ value: StoredValue) {
    switch value {
    case .text(let s): self = .text(s)
    case .integer(let n): self = .integer(n)
    case .null: self = .null
    }
  }

  static func bindings(_ values: [PGValue]) -> PostgresBindings {
    var b = PostgresBindings(capacity: values.count)
    for v in values {
      switch v {
      case .text(let s): b.append(s)
      case .integer(let n): b.append(n)
      case .integers(let a): b.append(a)
      case .texts(let a): b.append(a)
      case .flags(let a): b.append(a)
      case .null: b.appendNull()
      }
    }
    return b
  }
}

/// One result row, read by column name.
struct PGRow {
  let row: PostgresRandomAccessRow

  init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

  func text(_ column: String) -> String { (try? row[column].decode(String.self)) ?? "" }
  func optionalText(_ column: String) -> String? { try? row[column].decode(String?.self) }
  func integer(_ column: String) -> Int64 { (try? row[column].decode(Int64.self)) ?? 0 }
  func optionalInteger(_ column: String) -> Int64? { try? row[column].decode(Int64?.self) }

  /// Every cell as a dump value, in column order.
  var stored: [StoredValue] {
    (0..<row.count).map { i in
      let cell = row[i]
      if cell.bytes == nil { return .null }
      switch cell.dataType {
      case .int8, .int4, .int2: return .integer((try? cell.decode(Int64.self)) ?? 0)
      default: return .text((try? cell.decode(String.self)) ?? "")
      }
    }
  }
}
