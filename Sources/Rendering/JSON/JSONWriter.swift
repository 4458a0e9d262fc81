import Foundation

/// Writes the document model itself as JSON: sorted keys, two-space indentation, UTF-8,
/// so the same document always gives the same bytes and `JSONDecoder` reads it back.
public struct JSONWriter: DocumentWriter {
  /// Creates the writer.
  public init() {}

  /// Renders `doc` as pretty-printed JSON ending in a newline.
  public func render(_ doc: Document) throws -> Data {
    try doc.validate()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(doc) + Data("\n".utf8)
  }

  /// Reads a document back from JSON written by this writer (or by a report author).
  public static func document(from data: Data) throws -> Document {
    try JSONDecoder().decode(Document.self, from: data)
  }
}
