import Foundation

/// JSON for `--json`: sorted keys, pretty printed, ISO 8601 dates, no escaped slashes.
public enum JSONOutput {
  /// The JSON text of `value`.
  public static func text<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
