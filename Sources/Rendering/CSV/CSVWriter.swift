import Foundation

/// Writes tables as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese
/// correctly), CRLF line ends, fields quoted per RFC 4180. Merged cells become their text at
/// the top-left position and empty fields elsewhere; header rows are written as rows.
/// Quantities are bare numbers under a header naming the unit, and the document's scope
/// leads every row (`CSVColumns`).
public struct CSVWriter: DocumentWriter {
  /// The UTF-8 byte-order mark that starts every file.
  public static let byteOrderMark = Data([0xEF, 0xBB, 0xBF])

  /// Creates the writer.
  public init() {}

  /// One file per table block in document order, named "table-01.csv", "table-02.csv", ….
  public func renderTables(_ doc: Document) throws -> [(name: String, data: Data)] {
    try doc.validate()
    return try doc.tables.enumerated().map { i, table in
      let number = i + 1 < 10 ? "0\(i + 1)" : "\(i + 1)"
      return ("table-\(number).csv", Self.byteOrderMark + Data(try records(table, doc).utf8))
    }
  }

  /// Every table in one file, each under a line with its caption and separated by an empty
  /// line; use `renderTables` for one file per table.
  public func render(_ doc: Document) throws -> Data {
    try doc.validate()
    let parts = try doc.tables.enumerated().map { i, table in
      Self.record(["表\(i + 1)" + (table.caption.map { " \($0)" } ?? "")]) + (try records(table, doc))
    }
    return Self.byteOrderMark + Data(parts.joined(separator: "\r\n").utf8)
  }

  private func records(_ table: Table, _ doc: Document) throws -> String {
    try CSVColumns.rows(table, scope: doc.scope ?? []).map(Self.record).joined()
  }

  /// One CSV record ending in CRLF.
  static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// A field, quoted when it holds a comma, a quote, CR or LF; inner quotes doubled.
  static func field(_ s: String) -> String {
    let needsQuotes =
      s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || s.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }
    guard needsQuotes else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
