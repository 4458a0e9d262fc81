/// A table: header rows then body rows of cells, which may span columns and rows.
public struct Table: Codable, Equatable, Sendable {
  /// How a column's text lines up.
  public enum Alignment: String, Codable, Sendable {
    /// Flush left (the default): names and text.
    case left
    /// Centred: short codes, marks, dates.
    case center
    /// Flush right: numbers.
    case right
  }

  /// An optional caption, shown above the table (表1 …) and used to name its CSV file.
  public var caption: String?
  /// All rows, header rows first; a spanned position has no cell of its own.
  public var rows: [[Cell]]
  /// How many of the first rows are header rows (repeated on each printed page).
  public var headerRows: Int
  /// Per-column alignment; missing columns are left-aligned.
  public var alignments: [Alignment]

  /// Creates a table from rows whose first `headerRows` are the header.
  public init(
    caption: String? = nil, rows: [[Cell]], headerRows: Int = 1, alignments: [Alignment] = []
  ) {
    self.caption = caption
    self.rows = rows
    self.headerRows = headerRows
    self.alignments = alignments
  }

  /// Creates a table with one header row from plain strings, without merged cells.
  public init(
    caption: String? = nil, header: [String], body: [[String]], alignments: [Alignment] = []
  ) {
    self.init(
      caption: caption, rows: [header.map { Cell($0) }] + body.map { $0.map { Cell($0) } },
      headerRows: 1, alignments: alignments)
  }

  /// The alignment of column `column`.
  public func alignment(of column: Int) -> Alignment {
    column < alignments.count ? alignments[column] : .left
  }
}

/// A table cell: its text and how many columns and rows it spans.
public struct Cell: Codable, Equatable, Sendable, ExpressibleByStringLiteral {
  /// The cell's text; a line break ("\n") starts a new line within the cell.
  public var text: String
  /// Columns covered, at least 1.
  public var colspan: Int
  /// Rows covered, at least 1.
  public var rowspan: Int

  /// Creates a cell, optionally spanning columns and rows.
  public init(_ text: String, colspan: Int = 1, rowspan: Int = 1) {
    self.text = text
    self.colspan = colspan
    self.rowspan = rowspan
  }

  /// Creates a one-by-one cell from a string literal.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  private enum CodingKeys: String, CodingKey { case text, colspan, rowspan }

  /// Decodes a cell; spans default to 1 when absent.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    text = try c.decode(String.self, forKey: .text)
    colspan = try c.decodeIfPresent(Int.self, forKey: .colspan) ?? 1
    rowspan = try c.decodeIfPresent(Int.self, forKey: .rowspan) ?? 1
  }

  /// Encodes a cell, leaving out spans of 1 so ordinary cells stay short.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
    if colspan != 1 { try c.encode(colspan, forKey: .colspan) }
    if rowspan != 1 { try c.encode(rowspan, forKey: .rowspan) }
  }
}
