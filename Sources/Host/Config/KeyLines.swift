import Foundation

/// Where each key and table header of a config file is written, so that errors found after
/// TOMLKit has read the file (unknown keys, values out of range) can name the line. TOMLKit
/// keeps no source positions for values, and the text is already known to be valid TOML,
/// so this only looks at the start of each line: `[a.b]`, `[[a.b]]` and `a.b = …`, skipping
/// the inside of multi-line strings. A key it cannot place (one inside an inline table)
/// takes the line of the nearest enclosing key or table that it can. Each `[[a.b]]` header
/// starts element n of the array `a.b`, found as `element(n)` after the array's path.
struct KeyLines {
  private var lines: [String: Int] = [:]

  /// The path part that names element `index` of an array of tables (not a key TOML
  /// text could hold unquoted, nor likely quoted).
  static func element(_ index: Int) -> String { "\u{1}\(index)" }

  init(_ text: String) {
    var table: [String] = []
    var elements: [String: Int] = [:]  // how many `[[…]]` headers each array has had
    var openString: Substring?  // the `"""` or `'''` that a line left open
    for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
      var line = raw[...]
      if let quote = openString {
        guard let close = line.range(of: quote) else { continue }
        line = line[close.upperBound...]
        openString = nil
        openString = Self.opensMultiline(line)
        continue
      }
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.hasPrefix("[") {
        let inner = trimmed.drop { $0 == "[" }
        table = Self.dottedKey(inner).parts
        if trimmed.hasPrefix("[[") {
          let name = table.joined(separator: "\u{0}")
          let n = elements[name, default: 0]
          elements[name] = n + 1
          table.append(Self.element(n))
        }
        remember(table, line: index + 1)
      } else {
        let key = Self.dottedKey(trimmed)
        if !key.parts.isEmpty, key.rest.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("=") {
          remember(table + key.parts, line: index + 1)
          openString = Self.opensMultiline(key.rest)
        }
      }
    }
  }

  private mutating func remember(_ path: [String], line: Int) {
    // A table written with dotted keys starts at its first key.
    for n in path.indices {
      let name = path[...n].joined(separator: "\u{0}")
      lines[name] = min(lines[name] ?? line, line)
    }
  }

  /// The line of `path`, else of its nearest ancestor that has one; 0 when none does.
  func line(of path: [String]) -> Int {
    var path = path[...]
    while !path.isEmpty {
      if let line = lines[path.joined(separator: "\u{0}")] { return line }
      path = path.dropLast()
    }
    return 0
  }

  /// The `"""` or `'''` that opens in `text` and does not close there, if any.
  private static func opensMultiline(_ text: Substring) -> Substring? {
    for quote in [String(repeating: "\"", count: 3), "'''"] {
      guard let open = text.range(of: quote) else { continue }
      if text[open.upperBound...].range(of: quote) == nil { return quote[...] }
    }
    return nil
  }

  /// The parts of a (dotted, possibly quoted) key at the start of `text`, and what follows.
  private static func dottedKey(_ text: Substring) -> (parts: [String], rest: Substring) {
    var parts: [String] = []
    var rest = text
    while true {
      rest = rest.drop { $0 == " " || $0 == "\t" }
      guard let first = rest.first else { break }
      if first == "\"" || first == "'" {
        var part = ""
        var i = rest.index(after: rest.startIndex)
        while i < rest.endIndex, rest[i] != first {
          if first == "\"", rest[i] == "\\", rest.index(after: i) < rest.endIndex { i = rest.index(after: i) }
          part.append(rest[i])
          i = rest.index(after: i)
        }
        guard i < rest.endIndex else { return ([], text) }
        parts.append(part)
        rest = rest[rest.index(after: i)...]
      } else {
        let bare = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        guard !bare.isEmpty else { break }
        parts.append(String(bare))
        rest = rest[bare.endIndex...]
      }
      rest = rest.drop { $0 == " " || $0 == "\t" }
      guard rest.first == "." else { break }
      rest = rest.dropFirst()
    }
    return (parts, rest)
  }
}
