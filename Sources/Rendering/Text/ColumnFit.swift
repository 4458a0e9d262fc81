/// Table column widths from the content's display width: every column gets room for what
/// must not break — a short header (up to four Chinese characters) on one line, dates and
/// quantities ("3 次", "≥ 1 篇") whole — and the rest of the width is shared by how much
/// more each column's widest text wants. Widths are in thirds of an em: a Chinese
/// character (display width 2) is 3, a Latin letter or digit (display width 1) 2, since
/// the Latin faces a reader may have (DejaVu Serif where Times New Roman is missing) draw
/// digits up to two thirds of an em wide.
struct ColumnFit {
  /// The least width each column needs, in thirds of an em.
  let least: [Int]
  /// The width each column's widest line takes (capped at `cap`), in thirds of an em.
  let wanted: [Int]

  /// A header this wide or narrower (four Chinese characters) stays on one line.
  static let shortHeader = 12
  /// No column wants more than this (twenty Chinese characters).
  static let cap = 60

  /// The width of `text` in thirds of an em.
  static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { sum, scalar in
      switch DisplayWidth.of(scalar) {
      case 2: sum + 3
      case 1: sum + 2
      default: sum
      }
    }
  }

  /// The widest stretch of `text` that must stay on one line (`KeepTogether`).
  static func widest(_ text: String) -> Int {
    KeepTogether.pieces(text).map { width($0.text) }.max() ?? 0
  }

  /// Measures the single-column cells of `grid`; the first `headerRows` rows are headers.
  init(_ grid: TableGrid, headerRows: Int) {
    var least = [Int](repeating: 3, count: grid.columns)
    var wanted = [Int](repeating: 6, count: grid.columns)
    for (r, row) in grid.slots.enumerated() {
      for slot in row {
        guard case .origin(let p) = slot, p.cell.colspan == 1 else { continue }
        for line in p.cell.text.split(separator: "\n").map(String.init) {
          let width = Self.width(line)
          let keep = r < headerRows && width <= Self.shortHeader ? width : Self.widest(line)
          least[p.column] = max(least[p.column], keep)
          wanted[p.column] = max(wanted[p.column], min(width, Self.cap))
        }
      }
    }
    self.least = least
    self.wanted = zip(wanted, least).map { max($0, $1) }
  }

  /// Widths summing to `total` (any unit): each column first gets `least × perColumn +
  /// padding`, then what is left is shared in proportion to what it wants beyond that. When
  /// even the least does not fit, every column is scaled down alike.
  func widths(total: Int, perColumn: Int, padding: Int) -> [Int] {
    let need = least.map { $0 * perColumn + padding }
    let needed = need.reduce(0, +)
    var out: [Int]
    if needed >= total {
      out = need.map { $0 * total / max(needed, 1) }
    } else {
      let more = zip(wanted, least).map { $0 - $1 }
      let weights = more.reduce(0, +) > 0 ? more : wanted
      let sum = max(weights.reduce(0, +), 1)
      out = zip(need, weights).map { $0 + (total - needed) * $1 / sum }
    }
    if !out.isEmpty { out[out.count - 1] += total - out.reduce(0, +) }
    return out
  }
}
