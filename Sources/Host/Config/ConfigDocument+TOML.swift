import Foundation
import TOMLKit

extension ConfigDocument {
  /// Reads a config file's bytes: UTF-8 (a leading byte-order mark is allowed), then TOML.
  public static func parse(data: Data, file: String) throws -> ConfigDocument {
    guard var text = String(data: data, encoding: .utf8) else {
      throw ConfigError(file: file, line: 0, "配置文件不是 UTF-8 编码：请另存为 UTF-8（不要用 GBK 或 UTF-16）")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return try parse(text, file: file)
  }

  /// Reads TOML 1.0 text through TOMLKit; a syntax error names `file`, its line and column.
  public static func parse(_ text: String, file: String) throws -> ConfigDocument {
    if let nul = text.utf8.firstIndex(of: 0) {
      let line = text.utf8[..<nul].reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
      throw ConfigError(file: file, line: line, "TOML 语法错误：文件中有 NUL 控制字符；请删除它")
    }
    if let line = TableHeaderCheck.firstBadHeader(in: text) {
      throw ConfigError(
        file: file, line: line, "TOML 语法错误：表头的 [ 后应是表名（如 [channels.mail]）；请对照 https://toml.io/cn/v1.0.0 修改")
    }
    let root: TOMLKit.TOMLTable
    do {
      root = try TOMLKit.TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let at = error.source.begin
      throw ConfigError(
        file: file, line: at.line,
        "TOML 语法错误（第 \(at.column) 列）：\(error.description)；请对照 https://toml.io/cn/v1.0.0 修改")
    }
    let lines = KeyLines(text)
    var tables: [ConfigTable] = []
    collect(root, path: [], lines: lines, into: &tables)
    let rest = tables.dropFirst().enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
    return ConfigDocument(file: file, tables: [tables[0]] + rest.map(\.element))
  }

  /// Appends `table` (named by `path`) and then each table under it, depth first.
  private static func collect(
    _ table: TOMLKit.TOMLTable, path: [String], lines: KeyLines, into tables: inout [ConfigTable]
  ) {
    var own = ConfigTable(path: path, line: path.isEmpty ? 0 : lines.line(of: path))
    var children: [(String, TOMLKit.TOMLTable)] = []
    for (key, node) in table {
      if let child = node.table {
        children.append((key, child))
      } else {
        var entry = ConfigEntry(value: value(node), line: lines.line(of: path + [key]))
        if case .array(let elements) = entry.value { entry.elementLines = elementLines(elements, at: path + [key], lines) }
        own.entries[key] = entry
      }
    }
    let entries = own.entries
    own.keys = entries.keys.sorted { (entries[$0]?.line ?? 0, $0) < (entries[$1]?.line ?? 0, $1) }
    tables.append(own)
    for (key, child) in children { collect(child, path: path + [key], lines: lines, into: &tables) }
  }

  /// The lines of an array of tables' elements (`ConfigEntry.elementLines`); none for an
  /// array holding no table.
  private static func elementLines(_ elements: [ConfigValue], at path: [String], _ lines: KeyLines) -> [[String: Int]] {
    guard elements.contains(where: { if case .table = $0 { true } else { false } }) else { return [] }
    return elements.indices.map { i in
      let at = path + [KeyLines.element(i)]
      var found = ["": lines.line(of: at)]
      if case .table(let fields) = elements[i] {
        for field in fields.keys { found[field] = lines.line(of: at + [field]) }
      }
      return found
    }
  }

  /// The value of a node that is not a table of its own.
  static func value(_ node: TOMLValueConvertible) -> ConfigValue {
    switch node.type {
    case .string: return .string(node.string ?? "")
    case .int: return .integer(node.int ?? 0)
    case .double: return .float(node.double ?? 0)
    case .bool: return .boolean(node.bool ?? false)
    case .date: return .dateTime(node.date.map(text) ?? "")
    case .time: return .dateTime(node.time.map(text) ?? "")
    case .dateTime: return .dateTime(node.dateTime.map(text) ?? "")
    case .array: return .array(node.array.map { $0.map { value($0) } } ?? [])
    case .table:
      var fields: [String: ConfigValue] = [:]
      if let table = node.table { for (key, child) in table { fields[key] = value(child) } }
      return .table(fields)
    }
  }

  private static func text(_ d: TOMLDate) -> String {
    pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2)
  }

  private static func text(_ t: TOMLTime) -> String {
    var s = pad(t.hour, 2) + ":" + pad(t.minute, 2) + ":" + pad(t.second, 2)
    if t.nanoSecond > 0 {
      var fraction = pad(t.nanoSecond, 9)
      while fraction.hasSuffix("0") { fraction.removeLast() }
      s += "." + fraction
    }
    return s
  }

  private static func text(_ dt: TOMLDateTime) -> String {
    var s = text(dt.date) + "T" + text(dt.time)
    if let offset = dt.offset?.offset {
      let sign = offset < 0 ? "-" : "+"
      s += offset == 0 ? "Z" : sign + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
    }
    return s
  }

  private static func pad(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
