/// One piece of a document's body.
public enum Block: Equatable, Sendable {
  /// A heading; level 1 is a section (一、), 2 a subsection (（一）), 3 and deeper below that.
  case heading(Heading)
  /// A paragraph of text runs with simple emphasis.
  case paragraph(Paragraph)
  /// A bulleted or numbered list.
  case list(ListBlock)
  /// A table with header rows, merged cells and column alignment.
  case table(Table)
  /// A row of key figures: label, value and optionally a target.
  case keyFigures(KeyFigures)
  /// A bar or line chart.
  case chart(Chart)
  /// Starts a new page in paged formats (DOCX, printed HTML).
  case pageBreak
  /// The closing signature: issuer lines and a date, set right as in official documents.
  case signature(Signature)

  /// The block's name in JSON and in error messages.
  public var kind: String {
    switch self {
    case .heading: "heading"
    case .paragraph: "paragraph"
    case .list: "list"
    case .table: "table"
    case .keyFigures: "keyFigures"
    case .chart: "chart"
    case .pageBreak: "pageBreak"
    case .signature: "signature"
    }
  }

  func validate(at index: Int) throws(RenderError) {
    let place = index + 1
    do throws(RenderError) {
      switch self {
      case .heading(let h):
        guard (1...6).contains(h.level) else {
          throw RenderError("heading level \(h.level) is outside 1...6")
        }
      case .table(let t): _ = try TableGrid(t)
      case .chart(let c): try c.validate()
      default: break
      }
    } catch {
      throw RenderError("\(kind): \(error.message)", block: place)
    }
  }
}

/// A heading: its level (1 = highest) and text.
public struct Heading: Codable, Equatable, Sendable {
  /// 1 for a section, 2 for a subsection, and so on up to 6.
  public var level: Int
  /// The heading's text, including any numbering such as "一、".
  public var text: String

  /// Creates a heading.
  public init(level: Int, text: String) {
    self.level = level
    self.text = text
  }
}

/// A list of items, each a paragraph.
public struct ListBlock: Codable, Equatable, Sendable {
  /// Whether the items are numbered (1. 2. 3.) rather than bulleted.
  public var ordered: Bool
  /// The items in order.
  public var items: [Paragraph]

  /// Creates a list.
  public init(ordered: Bool = false, items: [Paragraph]) {
    self.ordered = ordered
    self.items = items
  }
}

/// The signature block: issuer lines (unit, person) over a date.
public struct Signature: Codable, Equatable, Sendable {
  /// Lines above the date, usually the issuing unit's name.
  public var lines: [String]
  /// The date as it should read, e.g. "2026年11月30日".
  public var date: String

  /// Creates a signature block.
  public init(lines: [String], date: String) {
    self.lines = lines
    self.date = date
  }
}
