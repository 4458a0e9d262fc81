/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, lines end
/// with CRLF, and the text starts with a UTF-8 byte order mark so Excel reads it as UTF-8.
public enum CSVWriter {
  /// The CSV text of a header and rows.
  public static func text(header: [String], rows: [[String]]) -> String {
    var out = "\u{FEFF}"
    for row in [header] + rows {
      out += row.map(quote).joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// One field, quoted when needed.
  public static func quote(_ field: String) -> String {
    let needs =
      field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || field.hasPrefix(" ") || field.hasSuffix(" ")
    guard needs else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
