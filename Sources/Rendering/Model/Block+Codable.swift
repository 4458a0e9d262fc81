// JSON shape: each block is an object with exactly one key naming its kind, e.g.
// {"heading":{"level":1,"text":"一、总体情况"}} or {"pageBreak":{}}.
extension Block: Codable {
  private enum Key: String, CodingKey, CaseIterable {
    case heading, paragraph, list, table, keyFigures, chart, pageBreak, signature
  }

  private struct Empty: Codable {}

  /// Encodes the block as a one-key object naming its kind.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    switch self {
    case .heading(let v): try c.encode(v, forKey: .heading)
    case .paragraph(let v): try c.encode(v, forKey: .paragraph)
    case .list(let v): try c.encode(v, forKey: .list)
    case .table(let v): try c.encode(v, forKey: .table)
    case .keyFigures(let v): try c.encode(v, forKey: .keyFigures)
    case .chart(let v): try c.encode(v, forKey: .chart)
    case .pageBreak: try c.encode(Empty(), forKey: .pageBreak)
    case .signature(let v): try c.encode(v, forKey: .signature)
    }
  }

  /// Decodes a one-key object; an unknown or missing kind is a clear decoding error.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    guard c.allKeys.count == 1, let key = c.allKeys.first else {
      let names = Key.allCases.map(\.rawValue).joined(separator: ", ")
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath,
          debugDescription: "a block needs exactly one of the keys \(names)"))
    }
    switch key {
    case .heading: self = .heading(try c.decode(Heading.self, forKey: key))
    case .paragraph: self = .paragraph(try c.decode(Paragraph.self, forKey: key))
    case .list: self = .list(try c.decode(ListBlock.self, forKey: key))
    case .table: self = .table(try c.decode(Table.self, forKey: key))
    case .keyFigures: self = .keyFigures(try c.decode(KeyFigures.self, forKey: key))
    case .chart: self = .chart(try c.decode(Chart.self, forKey: key))
    case .pageBreak: self = .pageBreak
    case .signature: self = .signature(try c.decode(Signature.self, forKey: key))
    }
  }
}
