/// Finds a table header whose first key is not a key (`[` then `=`, `.`, `#` or the line's
/// end). toml++ 3.4.0, inside TOMLKit, stops the process with a failed assertion on such a
/// header in a debug build instead of reporting it, so the config reader rejects it first.
/// Only a `[` that starts a line outside any value counts: inside a multi-line array the
/// same line is a nested array, and inside a multi-line string it is text.
enum TableHeaderCheck {
  /// The 1-based line of the first such header, or nil.
  static func firstBadHeader(in text: String) -> Int? {
    let chars = Array(text.unicodeScalars)
    var i = 0, line = 1, depth = 0, atLineStart = true
    func at(_ k: Int) -> Unicode.Scalar? { k < chars.count ? chars[k] : nil }
    func starts(_ s: String, _ k: Int) -> Bool {
      s.unicodeScalars.enumerated().allSatisfy { at(k + $0.offset) == $0.element }
    }
    while let c = at(i) {
      if c == "\n" { line += 1; atLineStart = true; i += 1; continue }
      if c == " " || c == "\t" || c == "\r" { i += 1; continue }
      if c == "#" { while let d = at(i), d != "\n" { i += 1 }; continue }
      if atLineStart && depth == 0 && c == "[" {
        var k = i + 1
        if at(k) == "[" { k += 1 }
        while at(k) == " " || at(k) == "\t" { k += 1 }
        guard let first = at(k) else { return nil }
        let isKeyStart = first.properties.isAlphabetic && first.isASCII || ("0"..."9").contains(first)
          || "_-\"']".unicodeScalars.contains(first)
        if !isKeyStart { return line }
        while let d = at(i), d != "\n", d != "#" { i += 1 }  // the header's rest: keys and ]
        continue
      }
      atLineStart = false
      if c == "\"" || c == "'" {
        let triple = starts(String(repeating: String(c), count: 3), i)
        let close = String(repeating: String(c), count: triple ? 3 : 1)
        i += close.unicodeScalars.count
        while let d = at(i), !starts(close, i) {
          if d == "\n" { line += 1 }
          if d == "\\" && c == "\"" { i += 1 }
          i += 1
        }
        i += close.unicodeScalars.count
        continue
      }
      if c == "[" || c == "{" { depth += 1 }
      if (c == "]" || c == "}") && depth > 0 { depth -= 1 }
      i += 1
    }
    return nil
  }
}
