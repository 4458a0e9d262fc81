import Rendering

/// A terminal table built row by row for the CLI; laid out by the Rendering module's
/// `TextTable` (columns aligned by display width, two spaces apart, a rule under the header).
public struct TextTable {
  /// Column titles.
  public var headers: [String]
  /// The rows, each with one cell per header.
  public var rows: [[String]] = []

  /// A table with these column titles.
  public init(headers: [String]) {
    self.headers = headers
  }

  /// Appends a row.
  public mutating func append(_ row: [String]) {
    rows.append(row)
  }

  /// The lines of the table: header, a rule, then the rows.
  public func lines() -> [String] {
    Rendering.TextTable(header: headers, rows: rows).render()
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
