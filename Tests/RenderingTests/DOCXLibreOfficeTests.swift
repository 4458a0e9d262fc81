import Foundation
import Rendering
import Testing

/// The DOCX opened by LibreOffice (headless), converted to PDF, and the PDF read back with
/// poppler's pdftotext and pdfinfo. Without LibreOffice the test fails: Scripts/setup.sh installs it.
@Suite struct DOCXLibreOfficeTests {
  @Test func libreOfficeConvertsItToAnA4PDFWithTheChineseText() throws {
    guard let office = Reader.which("libreoffice") ?? Reader.which("soffice"),
      let pdftotext = Reader.which("pdftotext"), let pdfinfo = Reader.which("pdfinfo")
    else {
      Issue.record("LibreOffice or poppler-utils is not installed; DOCX not opened by LibreOffice; Scripts/setup.sh installs it")
      return
    }
    let dir = try Reader.scratch()
    let docx = dir.appendingPathComponent("sample.docx")
    try DOCXWriter().render(SampleDocument.document).write(to: docx)
    let converted = try Reader.run(
      office,
      [
        "-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--convert-to", "pdf",
        "--outdir", dir.path, docx.path,
      ])
    let pdf = dir.appendingPathComponent("sample.pdf")
    try #require(
      FileManager.default.fileExists(atPath: pdf.path),
      "LibreOffice did not convert: \(converted.stdout) \(converted.stderr)")
    if let keep = ProcessInfo.processInfo.environment["RENDER_REVIEW_DIR"] {
      // For review by eye: RENDER_REVIEW_DIR=/tmp/r swift test --filter DOCXLibreOffice
      for file in [docx, pdf] {
        let target = URL(fileURLWithPath: keep).appendingPathComponent(file.lastPathComponent)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: file, to: target)
      }
    }
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = try Reader.run(pdftotext, [pdf.path, "-"]).stdout
      .filter { !$0.isWhitespace }
    for phrase in [
      "城南中学2026年11月工作小结", "一、总体情况", "表1各类工作完成情况", "校舍安全排查",
      "城南中学办公室", "—1—",
      "德育", "全镇平均", "图2近三个月完成率（%）",
    ] {
      #expect(text.contains(phrase), "PDF text lacks \(phrase)")
    }
    let info = try Reader.run(pdfinfo, [pdf.path]).stdout
    #expect(info.contains("(A4)"), "page size: \(info)")
    let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
    #expect(
      pages.map { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0 } ?? 0 >= 2,
      "the page break gives at least two pages")
  }
}
