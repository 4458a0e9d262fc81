import Foundation

/// Small, fast JSON text for the columns and audit snapshots the store writes itself.
package enum JSONText {
  /// A JSON string literal.
  package static func string(_ s: String) -> String {
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      return "\"" + s + "\""
    }
    var out: [UInt8] = []
    append(s, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `s` as a JSON string literal: quotes, backslashes and control characters
  /// escaped, everything else (Chinese included) as UTF-8, copied in runs between escapes.
  package static func append(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = s
    text.withUTF8 { utf8 in
      var start = 0
      for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
        switch byte {
        case 0x22: out.append(contentsOf: #"\""#.utf8)
        case 0x5C: out.append(contentsOf: #"\\"#.utf8)
        case 0x0A: out.append(contentsOf: #"\n"#.utf8)
        case 0x0D: out.append(contentsOf: #"\r"#.utf8)
        case 0x09: out.append(contentsOf: #"\t"#.utf8)
        default:
          let hex = Array("0123456789abcdef".utf8)
          out.append(contentsOf: #"\u00"#.utf8)
          out.append(hex[Int(byte >> 4)])
          out.append(hex[Int(byte & 0xF)])
        }
        start = i + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// A JSON number; integral values print without a fraction.
  package static func number(_ d: Double) -> String {
    if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    return d.isFinite ? String(d) : "null"
  }

  /// An object from already-encoded values, keys sorted.
  package static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  /// An object of strings, keys sorted.
  package static func strings(_ dict: [String: String]) -> String {
    object(dict.sorted { $0.key < $1.key }.map { ($0.key, string($0.value)) })
  }

  /// An object of numbers, keys sorted.
  package static func numbers(_ dict: [String: Double]) -> String {
    if dict.isEmpty { return "{}" }
    if dict.count == 1, let (key, value) = dict.first {
      return "{" + string(key) + ":" + number(value) + "}"
    }
    return object(dict.sorted { $0.key < $1.key }.map { ($0.key, number($0.value)) })
  }

  /// An encodable value with sorted keys.
  package static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
  }

  /// Decodes a column written by `strings`.
  package static func decodeStrings(_ text: String) -> [String: String] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return [:] }
    return object as? [String: String] ?? [:]
  }

  /// Decodes a column written by `numbers`.
  package static func decodeNumbers(_ text: String) -> [String: Double] {
    if let fast = decodeSimpleNumbers(text) { return fast }
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
      let dict = object as? [String: Any]
    else { return [:] }
    return dict.compactMapValues { ($0 as? NSNumber)?.doubleValue }
  }

  /// The common case of `numbers` without Foundation's parser (it runs once per record in
  /// a roll-up): `{"名称":42,"比例":0.5}` with no escapes in the names; nil for anything else.
  static func decodeSimpleNumbers(_ text: String) -> [String: Double]? {
    if text == "{}" { return [:] }
    // Searched as bytes: with Foundation loaded, `String.contains` goes through CFString.
    guard text.hasPrefix("{\""), text.hasSuffix("}"), !text.utf8.contains(UInt8(ascii: "\\"))
    else { return nil }
    var result: [String: Double] = [:]
    for field in text.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
    {
      guard field.first == "\"", let close = field.dropFirst().firstIndex(of: "\""),
        field[field.index(after: close)...].first == ":",
        let number = Double(field[field.index(close, offsetBy: 2)...])
      else { return nil }
      result[String(field[field.index(after: field.startIndex)..<close])] = number
    }
    return result
  }

  /// A value of a flat object: a string or an integer.
  package enum FlatValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
  }

  /// A flat JSON object whose values are strings or integers, as `{"a":"x","n":3}`,
  /// without Foundation's parser (the outbox reads one per delivery); nil for anything
  /// else (nested values, fractions, booleans, surrogate-pair escapes), so the caller can
  /// fall back to a full decoder.
  package static func flatObject(_ text: String) -> [String: FlatValue]? {
    var bytes = Array(text.utf8)[...]
    func skipSpace() {
      while let b = bytes.first, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { bytes.removeFirst() }
    }
    func take(_ byte: UInt8) -> Bool {
      skipSpace()
      guard bytes.first == byte else { return false }
      bytes.removeFirst()
      return true
    }
    func string() -> String? {
      guard take(0x22) else { return nil }
      var out: [UInt8] = []
      while let b = bytes.popFirst() {
        switch b {
        case 0x22: return String(decoding: out, as: UTF8.self)
        case 0x5C:
          guard let e = bytes.popFirst() else { return nil }
          switch e {
          case 0x22, 0x5C, 0x2F: out.append(e)
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "u"):
            guard bytes.count >= 4, let code = UInt32(String(decoding: bytes.prefix(4), as: UTF8.self), radix: 16),
              let scalar = Unicode.Scalar(code)
            else { return nil }
            bytes.removeFirst(4)
            out += Array(String(Character(scalar)).utf8)
          default: return nil
          }
        case ..<0x20: return nil
        default: out.append(b)
        }
      }
      return nil
    }
    guard take(0x7B) else { return nil }
    var result: [String: FlatValue] = [:]
    if take(0x7D) { skipSpace(); return bytes.isEmpty ? result : nil }
    repeat {
      guard let key = string(), take(0x3A) else { return nil }
      skipSpace()
      if bytes.first == 0x22 {
        guard let value = string() else { return nil }
        result[key] = .string(value)
      } else {
        let digits = bytes.prefix { $0 == 0x2D || (0x30...0x39).contains($0) }
        guard let n = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
        bytes.removeFirst(digits.count)
        result[key] = .integer(n)
      }
    } while take(0x2C)
    guard take(0x7D) else { return nil }
    skipSpace()
    return bytes.isEmpty ? result : nil
  }

  /// Decodes a column written by `encode`.
  package static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
    try? JSONDecoder().decode(type, from: Data(text.utf8))
  }
}

/// Times are stored as integer milliseconds since 1970 (UTC).
package enum StoredTime {
  package static func millis(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded())
  }
  package static func date(_ millis: Int64) -> Date {
    Date(timeIntervalSince1970: Double(millis) / 1000)
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` in UTC, without a formatter (this runs once per record).
  package static func iso(_ date: Date) -> String {
    let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let secondOfDay = seconds - days * 86400
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):"
      + "\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
  }
}
