/// A strict parser for the TOML subset of the site config: comments, `[table]` and
/// `[a.b]` headers, bare or quoted keys, basic (`"…"`, `"""…"""`) and literal (`'…'`)
/// strings, integers, floats, booleans and (multi-line) arrays. Anything else — inline
/// tables, dates, arrays of tables — is an error with its line, never silently skipped.
public struct TOMLParser {
  private let chars: [Character]
  private var index = 0
  private var line = 1
  private let file: String

  /// Parses `text`; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws -> TOMLDocument {
    var parser = TOMLParser(chars: Array(text), file: file)
    return try parser.document()
  }

  private init(chars: [Character], file: String) {
    self.chars = chars
    self.file = file
  }

  private func error(_ message: String) -> ConfigError { ConfigError(file: file, line: line, message) }
  private var current: Character? { index < chars.count ? chars[index] : nil }

  private mutating func document() throws -> TOMLDocument {
    var tables = [TOMLTable(name: "", line: 0)]
    var seen: Set<String> = [""]
    while true {
      skipBlank(newlines: true)
      guard let c = current else { break }
      if c == "[" {
        index += 1
        if current == "[" { throw error("arrays of tables ([[…]]) are not supported here") }
        skipBlank(newlines: false)
        var parts = [try key()]
        skipBlank(newlines: false)
        while current == "." {
          index += 1
          skipBlank(newlines: false)
          parts.append(try key())
          skipBlank(newlines: false)
        }
        guard current == "]" else { throw error("expected ] to close the table header") }
        index += 1
        let name = parts.joined(separator: ".")
        guard seen.insert(name).inserted else { throw error("table [\(name)] is defined twice") }
        tables.append(TOMLTable(name: name, line: line))
        try endOfLine()
      } else {
        let keyLine = line
        let name = try key()
        skipBlank(newlines: false)
        if current == "." { throw error("dotted keys are not supported; use a [table] header") }
        guard current == "=" else { throw error("expected = after key \"\(name)\"") }
        index += 1
        skipBlank(newlines: false)
        let v = try value()
        var table = tables.removeLast()
        guard table.entries[name] == nil else { throw error("key \"\(name)\" is set twice") }
        table.keys.append(name)
        table.entries[name] = TOMLEntry(value: v, line: keyLine)
        tables.append(table)
        try endOfLine()
      }
    }
    return TOMLDocument(file: file, tables: tables)
  }

  private mutating func skipBlank(newlines: Bool) {
    while let c = current {
      if c == " " || c == "\t" {
        index += 1
      } else if c == "#" {
        while let d = current, d != "\n" { index += 1 }
      } else if newlines && (c == "\n" || c == "\r\n" || c == "\r") {
        index += 1
        line += 1
      } else {
        return
      }
    }
  }

  private mutating func endOfLine() throws {
    skipBlank(newlines: false)
    guard let c = current else { return }
    guard c == "\n" || c == "\r\n" else { throw error("unexpected \"\(c)\" after the value") }
  }

  private mutating func key() throws -> String {
    if current == "\"" || current == "'" {
      guard case .string(let s) = try value() else { throw error("expected a key") }
      return s
    }
    var s = ""
    while let c = current, c.isASCII, c.isLetter || c.isNumber || c == "_" || c == "-" {
      s.append(c)
      index += 1
    }
    guard !s.isEmpty else { throw error("expected a key, found \(current.map { "\"\($0)\"" } ?? "the end")") }
    return s
  }

  private mutating func value() throws -> TOMLValue {
    guard let c = current else { throw error("expected a value") }
    switch c {
    case "\"": return .string(try basicString())
    case "'": return .string(try literalString())
    case "[": return try array()
    case "{": throw error("inline tables are not supported; use a [table] header")
    default: return try scalar()
    }
  }

  private mutating func array() throws -> TOMLValue {
    index += 1
    var values: [TOMLValue] = []
    while true {
      skipBlank(newlines: true)
      if current == "]" { index += 1; return .array(values) }
      values.append(try value())
      skipBlank(newlines: true)
      if current == "," { index += 1; continue }
      guard current == "]" else { throw error("expected , or ] in the array") }
    }
  }

  private mutating func scalar() throws -> TOMLValue {
    var s = ""
    while let c = current, !" \t\n\r\n#,]".contains(c) {
      s.append(c)
      index += 1
    }
    if s == "true" { return .boolean(true) }
    if s == "false" { return .boolean(false) }
    let digits = s.replacingOccurrences(of: "_", with: "")
    if let n = Int(digits) { return .integer(n) }
    if digits.contains("."), let d = Double(digits) { return .float(d) }
    throw error("\"\(s)\" is not a value (strings need quotes)")
  }

  private mutating func literalString() throws -> String {
    index += 1
    var s = ""
    while let c = current, c != "'" {
      if c == "\n" || c == "\r\n" { throw error("unterminated string") }
      s.append(c)
      index += 1
    }
    guard current == "'" else { throw error("unterminated string") }
    index += 1
    return s
  }

  private mutating func basicString() throws -> String {
    let multiline = index + 2 < chars.count && chars[index + 1] == "\"" && chars[index + 2] == "\""
    index += multiline ? 3 : 1
    if multiline, current == "\n" || current == "\r\n" { index += 1; line += 1 }
    var s = ""
    while let c = current {
      if c == "\"" {
        if !multiline { index += 1; return s }
        if index + 2 < chars.count, chars[index + 1] == "\"", chars[index + 2] == "\"" {
          index += 3
          return s
        }
      }
      if c == "\n" || c == "\r\n" {
        guard multiline else { throw error("unterminated string") }
        line += 1
      }
      if c == "\\" {
        index += 1
        s.append(try escape())
        continue
      }
      s.append(c == "\r\n" ? "\n" : c)
      index += 1
    }
    throw error("unterminated string")
  }

  private mutating func escape() throws -> Character {
    guard let c = current else { throw error("unterminated string") }
    index += 1
    switch c {
    case "n": return "\n"
    case "t": return "\t"
    case "r": return "\r"
    case "\"": return "\""
    case "\\": return "\\"
    case "u", "U":
      let count = c == "u" ? 4 : 8
      guard index + count <= chars.count,
        let code = UInt32(String(chars[index..<index + count]), radix: 16),
        let scalar = Unicode.Scalar(code)
      else { throw error("bad \\\(c) escape") }
      index += count
      return Character(scalar)
    default: throw error("unknown escape \\\(c)")
    }
  }
}
