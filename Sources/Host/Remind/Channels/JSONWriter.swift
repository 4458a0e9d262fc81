/// Writes JSON straight into UTF-8 bytes: Foundation's `JSONSerialization` went through
/// `Any` casts and CFString and cost more than the rest of writing an outbox file.
/// Callers write an object's members in the order they want them (sorted, for output that
/// reads the same every time); `pretty` puts one member per line, indented by two spaces.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  let pretty: Bool
  /// How many values each open container holds so far.
  private var counts: [Int] = []
  /// A key was just written, so the next value follows it without a separator.
  private var afterKey = false

  /// `capacity`: the bytes to reserve, a guess at the output's size.
  init(pretty: Bool = false, capacity: Int = 256) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  mutating func object(_ members: (inout JSONWriter) -> Void) {
    open(UInt8(ascii: "{"))
    members(&self)
    close(UInt8(ascii: "}"))
  }

  mutating func array(_ values: (inout JSONWriter) -> Void) {
    open(UInt8(ascii: "["))
    values(&self)
    close(UInt8(ascii: "]"))
  }

  /// The key of the next member of the open object.
  mutating func key(_ key: String) {
    separate()
    Self.quote(key, into: &bytes)
    bytes.append(contentsOf: (pretty ? ": " : ":").utf8)
    afterKey = true
  }

  mutating func string(_ s: String) {
    beginValue()
    Self.quote(s, into: &bytes)
  }

  mutating func integer<N: BinaryInteger>(_ n: N) {
    beginValue()
    bytes.append(contentsOf: String(n).utf8)
  }

  mutating func bool(_ b: Bool) {
    beginValue()
    bytes.append(contentsOf: (b ? "true" : "false").utf8)
  }

  /// `key` and a string value.
  mutating func member(_ key: String, _ value: String) {
    self.key(key)
    string(value)
  }

  private mutating func beginValue() {
    if afterKey { afterKey = false } else { separate() }
  }

  private mutating func separate() {
    guard !counts.isEmpty else { return }
    if counts[counts.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
    counts[counts.count - 1] += 1
    newline()
  }

  private mutating func newline() {
    guard pretty else { return }
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(0x20, count: counts.count * 2))
  }

  private mutating func open(_ bracket: UInt8) {
    beginValue()
    bytes.append(bracket)
    counts.append(0)
  }

  private mutating func close(_ bracket: UInt8) {
    if counts.removeLast() > 0 { newline() }
    bytes.append(bracket)
  }

  /// `s` as a JSON string literal: quotes, backslashes and control characters escaped,
  /// everything else (Chinese included) as UTF-8, copied in runs between escapes.
  static func quote(_ s: String, into out: inout [UInt8]) {
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
}
