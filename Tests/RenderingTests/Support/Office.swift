import Foundation
import Testing

/// LibreOffice headless as a reader: converts rendered files (DOCX to PDF, CSV to flat ODS)
/// in one run and hands back the converted files' paths; pdftotext reads PDFs.
enum Office {
  /// Converts `files` to `format` ("pdf", "fods") and calls `body` with the converted paths
  /// in the same order; `infilter` is LibreOffice's import filter option string.
  static func convert<T>(
    _ files: [(name: String, data: Data)], to format: String, infilter: String? = nil,
    _ body: ([String]) throws -> T
  ) throws -> T {
    guard let office = Reader.which("soffice") ?? Reader.which("libreoffice") else {
      throw ReaderFailure("LibreOffice is not installed; Scripts/setup.sh installs it")
    }
    let dir = try Reader.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    var inputs: [String] = []
    for file in files {
      let url = dir.appendingPathComponent(file.name)
      try file.data.write(to: url)
      inputs.append(url.path)
    }
    var arguments = ["-env:UserInstallation=file://\(dir.path)/profile", "--headless"]
    if let infilter { arguments.append("--infilter=\(infilter)") }
    arguments += ["--convert-to", format, "--outdir", dir.appendingPathComponent("out").path]
    let outcome = try Reader.run(office, arguments + inputs)
    let outputs = files.map { file in
      dir.appendingPathComponent("out").appendingPathComponent(
        (file.name as NSString).deletingPathExtension + "." + format
      ).path
    }
    for path in outputs where !FileManager.default.fileExists(atPath: path) {
      throw ReaderFailure("LibreOffice did not convert \(path): \(outcome.stdout) \(outcome.stderr)")
    }
    if let keep = ProcessInfo.processInfo.environment["RENDER_REVIEW_DIR"] {
      for path in inputs + outputs {
        let target = URL(fileURLWithPath: keep).appendingPathComponent((path as NSString).lastPathComponent)
        try? FileManager.default.removeItem(at: target)
        try? FileManager.default.copyItem(atPath: path, toPath: target.path)
      }
    }
    return try body(outputs)
  }

  /// The PDF's text laid out as on the page (`pdftotext -layout`), one string per page.
  static func pages(ofPDF path: String) throws -> [String] {
    guard let pdftotext = Reader.which("pdftotext") else {
      throw ReaderFailure("pdftotext is not installed; Scripts/setup.sh installs poppler-utils")
    }
    let text = try Reader.run(pdftotext, ["-layout", path, "-"]).stdout
    var pages = text.components(separatedBy: "\u{0C}")
    if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
    return pages
  }

  /// A page's lines with all spaces removed, empty lines dropped.
  static func lines(_ page: String) -> [String] {
    page.split(separator: "\n").map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
  }
}
