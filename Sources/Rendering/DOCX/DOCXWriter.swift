import Foundation
import ZIPFoundation

/// Writes Word documents (Office Open XML) laid out after GB/T 9704: A4, official margins,
/// 小标宋 title, 黑体/楷体 headings, 仿宋 body, real tables, page numbers in the footer.
/// Every ZIP entry carries the same fixed date and no part holds a timestamp, so the same
/// document always gives the same bytes.
public struct DOCXWriter: DocumentWriter {
  /// The date stamped on every ZIP entry: 1980-01-01 00:00 UTC, the earliest ZIP can hold.
  public static let entryDate = Date(timeIntervalSince1970: 315_532_800)

  /// Whether charts are written as a caption and a data table rather than native charts.
  public var chartsAsTables: Bool

  /// Creates the writer; by default charts become native Word charts.
  public init(chartsAsTables: Bool = false) {
    self.chartsAsTables = chartsAsTables
  }

  /// Renders the document as a `.docx` package.
  public func render(_ doc: Document) throws -> Data {
    try doc.validate()
    let (body, charts) = try DOCXBody.xml(doc, chartsAsTables: chartsAsTables)
    var parts: [(String, String)] = [
      ("[Content_Types].xml", DOCXPackage.contentTypes(charts: charts.count)),
      ("_rels/.rels", DOCXPackage.packageRelationships),
      ("docProps/core.xml", DOCXPackage.core(title: doc.title, subject: doc.subtitle)),
      ("docProps/app.xml", DOCXPackage.app),
      ("word/document.xml", body),
      ("word/styles.xml", DOCXStyles.xml),
      ("word/settings.xml", DOCXPackage.settings),
      ("word/fontTable.xml", DOCXFonts.xml),
      ("word/footer1.xml", DOCXPackage.footer(oddPage: true)),
      ("word/footer2.xml", DOCXPackage.footer(oddPage: false)),
      ("word/_rels/document.xml.rels", DOCXPackage.documentRelationships(charts: charts.count)),
    ]
    for (i, chart) in charts.enumerated() {
      parts.append(("word/charts/chart\(i + 1).xml", DOCXChart.part(chart)))
    }
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in parts {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: Self.entryDate, permissions: 0o644, compressionMethod: .deflate,
        provider: { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        })
    }
    guard let bytes = archive.data else {
      throw RenderError("the DOCX package could not be assembled in memory")
    }
    return bytes
  }
}
