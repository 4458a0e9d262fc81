/// A plain terminal table whose columns line up by display width (Chinese text counts two
/// columns per character). Columns are separated by two spaces; the last is not padded.
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
    let all = [headers] + rows
    var widths = [Int](repeating: 0, count: headers.count)
    for row in all {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = max(widths[i], TextWidth.of(cell))
      }
    }
    func render(_ row: [String]) -> String {
      var parts: [String] = []
      for i in 0..<headers.count {
        let cell = i < row.count ? row[i] : ""
        parts.append(i == headers.count - 1 ? cell : TextWidth.pad(cell, to: widths[i]))
      }
      return trimmedRight(parts.joined(separator: "  "))
    }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return [render(headers), rule] + rows.map(render)
  }

  private func trimmedRight(_ s: String) -> String {
    var result = s
    while result.last == " " { result.removeLast() }
    return result
  }
}
