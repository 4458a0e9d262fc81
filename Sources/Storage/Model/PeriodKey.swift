/// Validation of period keys: `2026`, `2026-11`, `2026-W47`, `2026-Q4`, `2026-T1`.
public enum PeriodKey {
  /// Whether `key` is a well-formed period key.
  public static func isValid(_ key: String) -> Bool {
    let parts = key.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let year = parts.first, year.count == 4, year.allSatisfy(\.isASCIIDigit) else {
      return false
    }
    if parts.count == 1 { return true }
    guard parts.count == 2 else { return false }
    let rest = parts[1]
    func number(_ s: Substring, digits: Int, in range: ClosedRange<Int>) -> Bool {
      guard s.count == digits, s.allSatisfy(\.isASCIIDigit), let n = Int(s) else {
        return false
      }
      return range.contains(n)
    }
    switch rest.first {
    case "W": return number(rest.dropFirst(), digits: 2, in: 1...53)
    case "Q": return number(rest.dropFirst(), digits: 1, in: 1...4)
    case "T": return number(rest.dropFirst(), digits: 1, in: 1...3)
    default: return number(Substring(rest), digits: 2, in: 1...12)
    }
  }

  /// Throws `StoreError.invalid` unless `key` is well formed.
  public static func check(_ key: String) throws {
    guard isValid(key) else {
      throw StoreError(
        .invalid, "期间 \"\(key)\" 格式不对：应为 2026、2026-11、2026-W47、2026-Q4 或 2026-T1")
    }
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
