import Foundation
import Rendering
import Storage

/// Writes a rendered report to disk and archives each file with its SHA-256. Files are
/// written to a temporary name first and moved into place, so a failure leaves nothing
/// half-written.
public struct ReportFiles {
  let ledger: Ledger

  /// Creates a writer over a ledger's archive.
  public init(ledger: Ledger) { self.ledger = ledger }

  /// Renders `document` in `format`. `output` is the file (for CSV with several tables,
  /// the base of `<base>-table-01.csv`, …); the rendered files are written and archived
  /// under `unitID`, `kind` and `period`. Returns the files written.
  public func write(
    _ document: Document, format: Format, output: URL, unitID: String, kind: String, period: String
  ) throws -> [URL] {
    let folder = output.deletingLastPathComponent()
    let base = output.deletingPathExtension().lastPathComponent
    var files = try format.files(for: document, baseName: base)
    if format == .csv && files.isEmpty {
      files = [RenderedFile(name: base + ".csv", data: Data([0xEF, 0xBB, 0xBF]))]
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw UsageError("无法创建输出目录 \"\(folder.path)\"", exitCode: 1)
    }
    var written: [URL] = []
    for file in files {
      let url = files.count == 1 ? output : folder.appendingPathComponent(file.name)
      let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).partial")
      do {
        try file.data.write(to: temporary)
        _ = try? FileManager.default.removeItem(at: url)
        try FileManager.default.moveItem(at: temporary, to: url)
      } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw UsageError("无法写入 \"\(url.path)\"", exitCode: 1)
      }
      written.append(url)
      _ = try ledger.store.archiveReport(
        ArchivedReport(
          unitID: unitID, kind: kind, period: period, format: format.rawValue,
          sha256: SHA256.hex(of: file.data), path: url.path, createdAt: Date()))
    }
    return written
  }
}
