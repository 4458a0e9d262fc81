/// A plain-text table for terminals, its columns aligned by display width so Chinese text
/// (two columns a character) lines up with Latin text and digits.
public struct TextTable: Sendable {
  /// The header cells.
  public var header: [String]
  /// The body rows; short rows are padded with empty cells.
  public var rows: [[String]]
  /// Per-column alignment; missing columns are left-aligned.
  public var alignments: [Table.Alignment]

  /// Creates a table.
  public init(header: [String], rows: [[String]], alignments: [Table.Alignment] = []) {
    self.header = header
    self.rows = rows
    self.alignments = alignments
  }

  /// The table as lines joined by "\n": header, a rule of "-", then the rows; columns
  /// separated by two spaces, no trailing spaces.
  public func render() -> String {
    let columns = ([header] + rows).map(\.count).max() ?? 0
    let all = ([header] + rows).map { row in
      (0..<columns).map { $0 < row.count ? Self.oneLine(row[$0]) : "" }
    }
    let widths = (0..<columns).map { c in all.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
    var lines = all.map { line(for: $0, widths: widths) }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    lines.insert(rule, at: 1)
    return lines.joined(separator: "\n")
  }

  private func line(for cells: [String], widths: [Int]) -> String {
    var parts: [String] = []
    for (c, text) in cells.enumerated() {
      let gap = widths[c] - DisplayWidth.of(text)
      let align = c < alignments.count ? alignments[c] : .left
      let (before, after): (Int, Int) =
        switch align {
        case .left: (0, gap)
        case .right: (gap, 0)
        case .center: (gap / 2, gap - gap / 2)
        }
      parts.append(
        String(repeating: " ", count: before) + text + String(repeating: " ", count: after))
    }
    var joined = parts.joined(separator: "  ")
    while joined.last == " " { joined.removeLast() }
    return joined
  }

  private static func oneLine(_ s: String) -> String {
    s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
  }
}
