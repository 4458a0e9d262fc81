/// Word tables (`w:tbl`): single black borders, a header row that repeats on every page,
/// merged cells through `gridSpan` (columns) and `vMerge` (rows).
enum DOCXTable {
  static func xml(_ t: Table) throws -> String {
    let grid = try TableGrid(t)
    let widths = columnWidths(grid, headerRows: t.headerRows)
    var out =
      "<w:tbl><w:tblPr><w:tblW w:w=\"\(GBT9704.textWidth)\" w:type=\"dxa\"/>"
      + "<w:jc w:val=\"center\"/><w:tblBorders>"
      + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
        "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
      }.joined()
      + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
      + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
      + "</w:tblCellMar><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" "
      + "w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
    out += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    for (r, row) in grid.slots.enumerated() {
      let header = r < t.headerRows
      out += "<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")</w:trPr>"
      for (c, slot) in row.enumerated() {
        switch slot {
        case .origin(let p):
          let span = p.cell.colspan
          let width = widths[c..<(c + span)].reduce(0, +)
          out += "<w:tc>" + cellProperties(width, span, p.cell.rowspan > 1 ? "restart" : nil)
          let style = header ? "TableHeading" : "TableText"
          let align = header ? "" : justification(t.alignment(of: c))
          out +=
            "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(align)</w:pPr>"
            + "<w:r>\(DOCXBody.text(p.cell.text))</w:r></w:p></w:tc>"
        case .covered(let br, let bc) where br < r && bc == c:
          // A row below a vertically merged cell: Word wants a continuing cell here.
          guard case .origin(let p) = grid.slots[br][bc] else { continue }
          let span = p.cell.colspan
          let width = widths[c..<(c + span)].reduce(0, +)
          out += "<w:tc>" + cellProperties(width, span, "continue") + "<w:p/></w:tc>"
        case .covered:
          continue
        }
      }
      out += "</w:tr>"
    }
    return out + "</w:tbl>"
  }

  private static func cellProperties(_ width: Int, _ span: Int, _ vMerge: String?) -> String {
    var s = "<w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
    if span > 1 { s += "<w:gridSpan w:val=\"\(span)\"/>" }
    if let vMerge { s += vMerge == "restart" ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>" }
    return s + "<w:vAlign w:val=\"center\"/></w:tcPr>"
  }

  private static func justification(_ a: Table.Alignment) -> String {
    switch a {
    case .left: ""
    case .center: "<w:jc w:val=\"center\"/>"
    case .right: "<w:jc w:val=\"right\"/>"
    }
  }

  /// Column widths in twips summing to the type area's width, from the content's width
  /// (`ColumnFit`, in thirds of an em: 4 pt = 80 twips of 小四 text), and each cell adds its
  /// margins (85 twips a side) and a little slack for borders and rounding.
  static func columnWidths(_ grid: TableGrid, headerRows: Int) -> [Int] {
    ColumnFit(grid, headerRows: headerRows).widths(
      total: GBT9704.textWidth, perColumn: 80, padding: 230)
  }
}
