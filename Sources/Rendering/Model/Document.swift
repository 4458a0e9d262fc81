/// A report as a sequence of blocks under a title; `Codable`, so its JSON form is the model.
public struct Document: Codable, Equatable, Sendable {
  /// The document's title (公文标题), centred on the first page.
  public var title: String
  /// An optional line under the title: the issuer, a period or a document number.
  public var subtitle: String?
  /// To whom it is addressed (主送机关, e.g. "各下属单位："): a line flush left after the
  /// title, as GB/T 9704 places it.
  public var addressee: String?
  /// The body, in reading order.
  public var blocks: [Block]
  /// What the document is about (the reporting unit, the period), as label–value pairs
  /// that CSV repeats as leading columns on every row so each file stands alone; nil or
  /// empty for none.
  public var scope: [ScopeField]?

  /// Creates a document with a title, an optional subtitle line, an optional addressee, its
  /// blocks and what it is about.
  public init(
    title: String, subtitle: String? = nil, addressee: String? = nil, blocks: [Block] = [],
    scope: [ScopeField]? = nil
  ) {
    self.title = title
    self.subtitle = subtitle
    self.addressee = addressee
    self.blocks = blocks
    self.scope = scope
  }

  /// Every table in the document in order, charts excluded.
  public var tables: [Table] {
    blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
  }

  /// Checks the whole document and throws the first problem found, naming its block.
  public func validate() throws(RenderError) {
    for (index, block) in blocks.enumerated() {
      try block.validate(at: index)
    }
  }
}

/// One fact a document is about, such as ("报告单位", "城南中学") or ("统计期间", "2026年11月").
public struct ScopeField: Codable, Equatable, Sendable {
  /// The column header, e.g. "报告单位".
  public var label: String
  /// The value on every row, e.g. "城南中学".
  public var value: String

  /// Creates a scope field.
  public init(_ label: String, _ value: String) {
    self.label = label
    self.value = value
  }
}

/// A problem in a document that keeps it from being rendered, with where it is.
public struct RenderError: Error, Equatable, CustomStringConvertible, Sendable {
  /// What is wrong, in words a report author can act on.
  public var message: String
  /// Where: the block's index in the document, counting from 1 (0 when not about a block).
  public var block: Int

  /// Creates an error about the block at `block` (1-based).
  public init(_ message: String, block: Int = 0) {
    self.message = message
    self.block = block
  }

  /// The message with its location, e.g. "block 3 (table): row 2 has 4 cells, expected 5".
  public var description: String {
    block > 0 ? "block \(block): \(message)" : message
  }
}
