import Foundation

/// A CSV file read as a header and rows addressed by column name.
public struct CSVTable {
  /// The file name used in messages.
  public let file: String
  /// The data rows (the header excluded).
  public let rows: [CSVRow]
  private let columns: [String: Int]

  /// Reads `text`, checks the header has every `required` column and only known ones.
  public init(text: String, file: String, required: [String], optional: [String]) throws {
    let all = try CSVReader.parse(text, file: file)
    guard let header = all.first else {
      throw CSVError(
        file: file, line: 1, "文件是空的，缺少表头（应为：\((required + optional).joined(separator: ","))）")
    }
    var columns: [String: Int] = [:]
    for (index, raw) in header.fields.enumerated() {
      let name = raw.trimmingCharacters(in: .whitespaces)
      guard required.contains(name) || optional.contains(name) else {
        throw CSVError(
          file: file, line: header.line,
          "未知的列 \"\(name)\"（可用的列：\((required + optional).joined(separator: ","))）")
      }
      guard columns[name] == nil else {
        throw CSVError(file: file, line: header.line, "列 \"\(name)\" 重复")
      }
      columns[name] = index
    }
    for name in required where columns[name] == nil {
      throw CSVError(file: file, line: header.line, "缺少必需的列 \"\(name)\"")
    }
    for row in all.dropFirst() where row.fields.count != header.fields.count {
      throw CSVError(
        file: file, line: row.line,
        "这一行有 \(row.fields.count) 个字段，表头有 \(header.fields.count) 个")
    }
    self.file = file
    self.rows = Array(all.dropFirst())
    self.columns = columns
  }

  /// The trimmed value of a column in a row ("" when the column is absent).
  public func value(_ row: CSVRow, _ column: String) -> String {
    guard let index = columns[column] else { return "" }
    return row.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The value of a required column, or an error naming the row.
  public func required(_ row: CSVRow, _ column: String) throws -> String {
    let v = value(row, column)
    guard !v.isEmpty else { throw CSVError(file: file, line: row.line, "\"\(column)\" 不能为空") }
    return v
  }

  /// An error about a row.
  public func error(_ row: CSVRow, _ message: String) -> CSVError {
    CSVError(file: file, line: row.line, message)
  }
}
