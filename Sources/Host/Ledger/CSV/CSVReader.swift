import Foundation

/// One CSV record with the line it starts on (1-based, counting the header).
public struct CSVRow: Sendable, Equatable {
  /// The line number in the file.
  public var line: Int
  /// The fields.
  public var fields: [String]
}

/// An error in a CSV file, reported as `file:line: message`.
public struct CSVError: UserFacingError, Equatable {
  /// The file's name as the user gave it.
  public let file: String
  /// The line number.
  public let line: Int
  /// What is wrong, in zh-CN.
  public let message: String
  /// The exit code: 1 for bad data, 2 for data that breaks the configuration (a role
  /// the unit's plugin does not know).
  public let exitCode: Int32

  /// Creates an error.
  public init(file: String, line: Int, _ message: String, exitCode: Int32 = 1) {
    self.file = file
    self.line = line
    self.message = message
    self.exitCode = exitCode
  }

  /// `file:line: message`.
  public var description: String { "\(file):\(line): \(message)" }
}

/// An RFC 4180 reader: comma-separated, double-quoted fields with `""` escapes and line
/// breaks inside quotes, CRLF or LF line ends, an optional UTF-8 byte order mark.
public enum CSVReader {
  /// Parses `text`; blank lines are skipped. Errors name `file` and the line.
  public static func parse(_ text: String, file: String) throws -> [CSVRow] {
    var scalars = Substring(text).unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var rows: [CSVRow] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var rowStart = 1
    var inQuotes = false
    var quotedField = false
    var iterator = Array(scalars)
    iterator.append("\n")
    var i = 0
    func endRow() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      if !(fields.count == 1 && fields[0].isEmpty && !quotedField) {
        rows.append(CSVRow(line: rowStart, fields: fields))
      }
      fields = []
      quotedField = false
    }
    while i < iterator.count {
      let c = iterator[i]
      if inQuotes {
        if c == "\"" {
          if i + 1 < iterator.count, iterator[i + 1] == "\"" {
            field.append("\"")
            i += 1
          } else {
            inQuotes = false
          }
        } else {
          if c == "\n" { line += 1 }
          field.append(c)
        }
      } else {
        switch c {
        case "\"":
          guard field.isEmpty else {
            throw CSVError(file: file, line: line, "字段中间出现了未转义的双引号")
          }
          inQuotes = true
          quotedField = true
        case ",":
          fields.append(String(field))
          field = String.UnicodeScalarView()
          quotedField = false
        case "\r":
          if i + 1 < iterator.count, iterator[i + 1] == "\n" { break }
          endRow()
          line += 1
          rowStart = line
        case "\n":
          endRow()
          line += 1
          rowStart = line
        default:
          if quotedField {
            throw CSVError(file: file, line: line, "引号字段结束后还有多余的字符")
          }
          field.append(c)
        }
      }
      i += 1
    }
    if inQuotes {
      throw CSVError(file: file, line: rowStart, "引号没有闭合")
    }
    return rows
  }
}
