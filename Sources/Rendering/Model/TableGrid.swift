/// A table laid out on its grid: where each cell starts and which positions spans cover.
/// Building one checks the table: every row must fill the grid exactly.
public struct TableGrid: Sendable {
  /// A cell placed at its top-left grid position.
  public struct Placed: Sendable {
    /// The cell.
    public var cell: Cell
    /// Its first row and column (0-based).
    public var row: Int, column: Int
  }

  /// What occupies one grid position.
  public enum Slot: Sendable {
    /// The top-left corner of a cell.
    case origin(Placed)
    /// A position covered by the span of the cell placed at (row, column).
    case covered(byRow: Int, column: Int)
  }

  /// Number of columns.
  public let columns: Int
  /// `slots[row][column]` for every grid position.
  public let slots: [[Slot]]

  /// Lays out `table`, or throws naming the first row that does not fit.
  public init(_ table: Table) throws(RenderError) {
    guard !table.rows.isEmpty else { throw RenderError("a table needs at least one row") }
    guard (0...table.rows.count).contains(table.headerRows) else {
      throw RenderError(
        "headerRows is \(table.headerRows) but the table has \(table.rows.count) rows")
    }
    let width = table.rows[0].reduce(0) { $0 + $1.colspan }
    var grid = [[Slot?]](repeating: [Slot?](repeating: nil, count: width), count: table.rows.count)
    for (r, row) in table.rows.enumerated() {
      var col = 0
      for cell in row {
        while col < width, grid[r][col] != nil { col += 1 }
        guard cell.colspan >= 1, cell.rowspan >= 1 else {
          throw RenderError("row \(r + 1): cell \"\(cell.text)\" has a span below 1")
        }
        guard col + cell.colspan <= width else {
          throw RenderError("row \(r + 1) is wider than the first row's \(width) columns")
        }
        guard r + cell.rowspan <= table.rows.count else {
          throw RenderError("row \(r + 1): cell \"\(cell.text)\" spans past the last row")
        }
        for dr in 0..<cell.rowspan {
          for dc in 0..<cell.colspan {
            guard grid[r + dr][col + dc] == nil else {
              throw RenderError("row \(r + dr + 1): two cells overlap at column \(col + dc + 1)")
            }
            grid[r + dr][col + dc] = .covered(byRow: r, column: col)
          }
        }
        grid[r][col] = .origin(Placed(cell: cell, row: r, column: col))
        col += cell.colspan
      }
      if let gap = grid[r].firstIndex(where: { $0 == nil }) {
        throw RenderError("row \(r + 1) has no cell for column \(gap + 1) of \(width)")
      }
    }
    self.columns = width
    self.slots = grid.map { $0.map { $0! } }
  }

  /// The text to show at each position when merges cannot be expressed (Markdown, CSV):
  /// a cell's text at its origin, empty strings where spans cover.
  public var flattened: [[String]] {
    slots.map { row in
      row.map { if case .origin(let p) = $0 { p.cell.text } else { "" } }
    }
  }
}
