import Foundation

/// The text form of a table in an export: one JSON array a line, values in column order
/// (strings, integers, null). The same rows always give the same bytes.
enum TableText {
  /// The lines for `rows`.
  static func encode(_ rows: [[StoredValue]]) -> Data {
    var text = ""
    text.reserveCapacity(rows.count * 64)
    for row in rows {
      text += "["
      for (i, value) in row.enumerated() {
        if i > 0 { text += "," }
        switch value {
        case .null: text += "null"
        case .integer(let n): text += String(n)
        case .text(let s): text += JSONText.string(s)
        }
      }
      text += "]\n"
    }
    return Data(text.utf8)
  }

  /// The rows of a table file; `file` names it in errors.
  static func decode(_ data: Data, columns: Int, file: String) throws -> [[StoredValue]] {
    var rows: [[StoredValue]] = []
    var lineNumber = 0
    for line in data.split(separator: UInt8(ascii: "\n")) {
      lineNumber += 1
      guard let array = try? JSONSerialization.jsonObject(with: Data(line)) as? [Any],
        array.count == columns
      else {
        throw StoreError(.corrupt, "导出文件 \"\(file)\" 第 \(lineNumber) 行格式不对")
      }
      rows.append(
        try array.map { cell in
          if let s = cell as? String { return .text(s) }
          if cell is NSNull { return .null }
          if let n = cell as? NSNumber { return .integer(n.int64Value) }
          throw StoreError(.corrupt, "导出文件 \"\(file)\" 第 \(lineNumber) 行有无法识别的值")
        })
    }
    return rows
  }
}
