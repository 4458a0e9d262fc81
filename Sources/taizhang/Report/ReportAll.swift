import ArgumentParser
import Foundation
import Host
import Rendering

/// `taizhang report all --period P --out DIR`.
struct ReportAll: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "all",
    abstract: "Render, for every unit, each of its reports covering the period, into a folder.",
    discussion:
      "Files go to DIR/<unit>/<kind>-<period>.<ext>. A report that fails is listed and the others go on; the exit status is then 1."
  )

  @Option(help: "The period, e.g. 2026-11 (monthly reports) or 2026-Q4 (quarterly ones).")
  var period: String
  @Option(help: "The folder to write into.") var out: String
  @Option(
    name: .customLong("format"),
    help: "A format: docx, html, md, csv or json (repeatable; default docx).")
  var formats: [Format] = []
  @Option(
    name: .customLong("kind"),
    help: "Only this report kind (repeatable; default every kind for the period).")
  var kinds: [String] = []
  @OptionGroup var report: ReportOptions
  @OptionGroup var options: StoreOptions

  func run() throws {
    try reportingErrors {
      let ledger = try options.ledger()
      let job = try ReportJob(ledger: ledger, pluginFolders: report.pluginFolders)
      HolidayCoverage.warning(missingYears: job.yearsWithoutHolidayData(period: period)).map(Console.warning)
      let bar = ProgressBar()
      let batch = try job.all(
        period: period, kinds: kinds, formats: formats.isEmpty ? [.docx] : formats,
        folder: URL(fileURLWithPath: out).standardizedFileURL, date: report.date,
        allowFuture: report.allowFuture, progress: bar.show
      )
      bar.finish()
      Console.out("已生成 \(batch.files.count) 个文件，位于 \(out)")
      batch.failures.forEach { Console.error($0) }
      if !batch.failures.isEmpty { throw ExitCode(1) }
    }
  }
}

/// A one-line progress bar on standard error, drawn only when it is a terminal.
struct ProgressBar {
  let enabled = isatty(STDERR_FILENO) != 0

  func show(_ done: Int, _ total: Int) {
    guard enabled, total > 0 else { return }
    let width = 30
    let filled = done * width / total
    let line =
      "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
      + "] \(done)/\(total)"
    FileHandle.standardError.write(Data(line.utf8))
  }

  func finish() {
    if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
