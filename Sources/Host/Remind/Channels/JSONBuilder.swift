import Storage

/// Builds JSON straight into UTF-8 bytes (strings escaped by `JSONText`): Foundation's `JSONSerialization` went through
/// `Any` casts and CFString and cost more than the rest of writing an outbox file.
/// Callers write an object's members in the order they want them (sorted, for output that
/// reads the same every time); `pretty` puts one member per line, indented by two spaces.
struct JSONBuilder {
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

  mutating func object(_ members: (inout JSONBuilder) -> Void) {
    open(UInt8(ascii: "{"))
    members(&self)
    close(UInt8(ascii: "}"))
  }

  mutating func array(_ values: (inout JSONBuilder) -> Void) {
    open(UInt8(ascii: "["))
    values(&self)
    close(UInt8(ascii: "]"))
  }

  /// The key of the next member of the open object.
  mutating func key(_ key: String) {
    separate()
    JSONText.append(key, to: &bytes)
    bytes.append(contentsOf: (pretty ? ": " : ":").utf8)
    afterKey = true
  }

  mutating func string(_ s: String) {
    beginValue()
    JSONText.append(s, to: &bytes)
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
}
