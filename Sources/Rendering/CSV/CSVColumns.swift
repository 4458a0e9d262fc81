import Foundation

/// A table's rows as a spreadsheet should read them: a column whose body cells are all
/// numbers with one unit ("3 次", "92.5%") holds bare numbers and names the unit in its
/// header ("逾期次数（次）"; "完成率（%）"); a "—" there becomes an empty cell; and the
/// document's scope (unit, period) leads every row, so each file stands alone.
enum CSVColumns {
  /// The rows of `table` to write, header rows first.
  static func rows(_ table: Table, scope: [ScopeField]) throws(RenderError) -> [[String]] {
    var rows = try TableGrid(table).flattened
    let headerRows = min(table.headerRows, rows.count)
    for column in 0..<(rows.first?.count ?? 0) {
      let body = rows[headerRows...].map { $0[column] }
      guard let unit = commonUnit(body) else { continue }
      for r in headerRows..<rows.count { rows[r][column] = number(rows[r][column]) ?? "" }
      guard headerRows > 0, !unit.isEmpty else { continue }
      // The unit goes on the lowest header text over the column.
      if let r = (0..<headerRows).last(where: { !rows[$0][column].isEmpty }),
        !rows[r][column].contains(unit)
      {
        rows[r][column] += "（\(unit)）"
      }
    }
    guard !scope.isEmpty else { return rows }
    return rows.enumerated().map { r, row in
      let lead =
        r >= headerRows ? scope.map(\.value) : r == 0 ? scope.map(\.label) : scope.map { _ in "" }
      return lead + row
    }
  }

  /// The unit every non-empty cell of `cells` carries after its number ("" for plain
  /// numbers), or nil when some cell is not a number or the units differ.
  static func commonUnit(_ cells: [String]) -> String? {
    var unit: String?
    for cell in cells where !isBlank(cell) {
      guard let parsed = quantity(cell) else { return nil }
      if let unit, unit != parsed.unit { return nil }
      unit = parsed.unit
    }
    return unit
  }

  /// The number of a cell such as "3 次", "-2" or "92.5%", or nil.
  static func number(_ cell: String) -> String? { quantity(cell)?.number }

  /// Splits "92.5%" into ("92.5", "%") and "3 次" into ("3", "次"); nil when not that shape.
  static func quantity(_ cell: String) -> (number: String, unit: String)? {
    let text = cell.trimmingCharacters(in: .whitespaces)
    var number = ""
    var rest = Substring(text)
    if rest.first == "-" { number.append(rest.removeFirst()) }
    while let c = rest.first, c.isASCII, c.isNumber || (c == "." && !number.contains(".")) {
      number.append(rest.removeFirst())
    }
    guard number.last?.isNumber == true else { return nil }
    let unit = rest.trimmingCharacters(in: .whitespaces)
    guard unit.isEmpty || KeepTogether.units.contains(unit) else { return nil }
    return (number, unit == "％" ? "%" : unit)
  }

  private static func isBlank(_ cell: String) -> Bool {
    let text = cell.trimmingCharacters(in: .whitespaces)
    return text.isEmpty || text == "—" || text == "-" || text == "－"
  }
}
