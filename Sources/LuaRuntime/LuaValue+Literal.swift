import Foundation

extension LuaValue: CustomStringConvertible {
  /// The value written as a Lua literal (tables with sorted keys), for display and tests.
  public var description: String { literal }

  /// The value written as a Lua literal: strings quoted, tables as constructors with their
  /// keys in a stable order, functions as `function: <ref N>`.
  public var literal: String {
    switch self {
    case .nil: return "nil"
    case .boolean(let b): return b ? "true" : "false"
    case .integer(let i): return String(i)
    case .number(let d): return LuaValue.format(d)
    case .string(let s): return LuaValue.quote(Array(s.utf8))
    case .bytes(let b): return LuaValue.quote(b)
    case .function(let f): return "function: <ref \(f.reference)>"
    case .table(let t):
      if t.isEmpty { return "{}" }
      var parts = t.sequence.map(\.literal)
      for (key, value) in t.fields.sorted(by: { LuaValue.ordered($0.key, $1.key) }) {
        if case .string(let name) = key, LuaValue.isIdentifier(name) {
          parts.append("\(name) = \(value.literal)")
        } else {
          parts.append("[\(key.literal)] = \(value.literal)")
        }
      }
      return "{" + parts.joined(separator: ", ") + "}"
    }
  }

  /// The value as Lua's `tostring` shows it for strings and numbers; a literal otherwise.
  public var displayString: String {
    switch self {
    case .string(let s): s
    case .bytes(let b): String(decoding: b, as: UTF8.self)
    default: literal
    }
  }

  static func format(_ d: Double) -> String {
    if d.isNaN { return "0/0" }
    if d.isInfinite { return d > 0 ? "1/0" : "-1/0" }
    let text = String(format: "%.14g", d)
    // Lua marks integral floats: 3.0, 1e+20 stays as it is.
    if text.allSatisfy({ $0.isNumber || $0 == "-" }) { return text + ".0" }
    return text
  }

  static func quote(_ bytes: [UInt8]) -> String {
    let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
    var out = "\""
    var run: [UInt8] = []
    for byte in bytes {
      let escape: String? =
        switch byte {
        case 34: "\\\""
        case 92: "\\\\"
        case 10: "\\n"
        case 13: "\\r"
        case 9: "\\t"
        case 0..<32, 127: String(format: "\\%03d", byte)
        case 128...: isUTF8 ? nil : String(format: "\\%03d", byte)
        default: nil
        }
      if let escape {
        out += String(decoding: run, as: UTF8.self) + escape
        run.removeAll()
      } else {
        run.append(byte)
      }
    }
    return out + String(decoding: run, as: UTF8.self) + "\""
  }

  static func isIdentifier(_ name: String) -> Bool {
    guard let first = name.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else {
      return false
    }
    let keywords: Set<String> = [
      "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if",
      "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
    ]
    return !keywords.contains(name)
      && name.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isLetter($0) || (48...57).contains($0) }
  }

  private static func isLetter(_ c: UInt8) -> Bool { (65...90).contains(c) || (97...122).contains(c) }
}
