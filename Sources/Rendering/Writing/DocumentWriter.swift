import Foundation

/// Turns a document into the bytes of one file; the same document always gives the same bytes.
public protocol DocumentWriter: Sendable {
  /// Renders `doc`, or throws a `RenderError` naming the block that cannot be rendered.
  func render(_ doc: Document) throws -> Data
}

/// One rendered file: a name relative to the output place, and its bytes.
public struct RenderedFile: Equatable, Sendable {
  /// The file name, e.g. "summary.docx" or "summary-01.csv".
  public var name: String
  /// The file's bytes.
  public var data: Data

  /// Creates a rendered file.
  public init(name: String, data: Data) {
    self.name = name
    self.data = data
  }
}

/// The output formats, each with its file extension and writer.
public enum Format: String, CaseIterable, Codable, Sendable {
  /// Word (Office Open XML), laid out after GB/T 9704.
  case docx
  /// One self-contained, printable HTML page.
  case html
  /// GitHub-flavoured Markdown.
  case md
  /// One CSV file per table (UTF-8 with BOM, CRLF, RFC 4180 quoting).
  case csv
  /// The document model itself.
  case json

  /// The file extension without a dot.
  public var fileExtension: String { rawValue }

  /// The writer for this format.
  public var writer: any DocumentWriter {
    switch self {
    case .docx: DOCXWriter()
    case .html: HTMLWriter()
    case .md: MarkdownWriter()
    case .csv: CSVWriter()
    case .json: JSONWriter()
    }
  }

  /// Renders `doc` into the files this format produces, named after `baseName`:
  /// one file for most formats, one per table for CSV ("base-01.csv", …).
  public func files(for doc: Document, baseName: String) throws -> [RenderedFile] {
    switch self {
    case .csv:
      try CSVWriter().renderTables(doc).map {
        RenderedFile(name: "\(baseName)-\($0.name)", data: $0.data)
      }
    default:
      [RenderedFile(name: "\(baseName).\(fileExtension)", data: try writer.render(doc))]
    }
  }
}
