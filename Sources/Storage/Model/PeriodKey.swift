/// Validation of period keys: `2026`, `2026-11`, `2026-W47`, `2026-Q4`, `2026-H2`, `2026-T1`, and
/// `2026-11-23` (a day: the period of a daily item's occurrence).
public enum PeriodKey {
  /// Whether `key` is a well-formed period key.
  public static func isValid(_ key: String) -> Bool {
    // Runs once per record in bulk loads, so it reads the UTF-8 bytes directly.
    var utf8 = key.utf8.makeIterator()
    var bytes: [UInt8] = []
    bytes.reserveCapacity(8)
    while let b = utf8.next() {
      bytes.append(b)
      if bytes.count > 10 { return false }
    }
    func digit(_ i: Int) -> Int? {
      i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 ? Int(bytes[i] - 0x30) : nil
    }
    guard bytes.count >= 4, (0..<4).allSatisfy({ digit($0) != nil }) else { return false }
    if bytes.count == 4 { return true }
    guard bytes[4] == UInt8(ascii: "-") else { return false }
    switch (bytes.count, bytes.count > 5 ? bytes[5] : 0) {
    case (8, UInt8(ascii: "W")):
      guard let a = digit(6), let b = digit(7) else { return false }
      return (1...53).contains(a * 10 + b)
    case (7, UInt8(ascii: "Q")):
      return digit(6).map { (1...4).contains($0) } ?? false
    case (7, UInt8(ascii: "H")):
      return digit(6).map { (1...2).contains($0) } ?? false
    case (7, UInt8(ascii: "T")):
      return digit(6).map { (1...3).contains($0) } ?? false
    case (7, _):
      guard let a = digit(5), let b = digit(6) else { return false }
      return (1...12).contains(a * 10 + b)
    case (10, _):
      guard let a = digit(5), let b = digit(6), bytes[7] == UInt8(ascii: "-"), let c = digit(8), let d = digit(9)
      else { return false }
      return (1...12).contains(a * 10 + b) && (1...31).contains(c * 10 + d)
    default:
      return false
    }
  }

  /// Throws `StoreError.invalid` unless `key` is well formed.
  public static func check(_ key: String) throws {
    guard isValid(key) else {
      throw StoreError(
        .invalid, "期间 \"\(key)\" 格式不对：应为 2026、2026-11、2026-W47、2026-Q4、2026-H2、2026-T1 或 2026-11-23")
    }
  }
}
