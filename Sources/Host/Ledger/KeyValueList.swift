import Foundation

/// The `key=value;key=value` notation used in CSV cells and on the command line.
public enum KeyValueList {
  /// Parses `a=1;b=2`; throws a message naming the bad part.
  public static func parse(_ text: String) throws(KeyValueError) -> [(String, String)] {
    var pairs: [(String, String)] = []
    for part in text.split(separator: ";") {
      let trimmed = part.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      guard let eq = trimmed.firstIndex(of: "=") else {
        throw KeyValueError(text: String(trimmed))
      }
      let key = trimmed[..<eq].trimmingCharacters(in: .whitespaces)
      let value = trimmed[trimmed.index(after: eq)...].trimmingCharacters(in: .whitespaces)
      guard !key.isEmpty else { throw KeyValueError(text: String(trimmed)) }
      pairs.append((key, value))
    }
    return pairs
  }

  /// Writes pairs as `a=1;b=2`, sorted by key.
  public static func format(_ dict: [String: String]) -> String {
    dict.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
  }
}

/// A `key=value` part that has no `=` or no key.
public struct KeyValueError: Error {
  /// The offending part.
  public let text: String
}
