import ArgumentParser
import Foundation
import Host
import Rendering

/// `taizhang report KIND --unit U --period P` (also `report render`).
struct ReportRender: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render one report of a unit for a period (the default subcommand).")

  @Argument(help: "The report kind, e.g. monthly (see `taizhang report list`).") var kind: String
  @Option(help: "The unit's id.") var unit: String
  @Option(help: "The period: 2026-11, 2026-Q4, 2026-H2, 2026-T1 or 2026, as the report covers.")
  var period: String
  @Option(help: "The format: docx, html, md, csv or json.") var format: Format = .docx
  @Option(
    name: [.customShort("o"), .long], help: "The output file (default: KIND-UNIT-PERIOD.EXT here).")
  var output: String?
  @OptionGroup var report: ReportOptions
  @OptionGroup var options: StoreOptions

  func run() throws {
    try reportingErrors {
      let ledger = try options.ledger()
      let job = try ReportJob(ledger: ledger, pluginFolders: report.pluginFolders)
      let document = try job.document(
        kind: kind, unitID: unit, period: period, date: report.date, allowFuture: report.allowFuture)
      HolidayCoverage.warning(missingYears: job.yearsWithoutHolidayData(period: period)).map(Console.warning)
      let path = output ?? "\(kind)-\(unit)-\(period).\(format.fileExtension)"
      let url = URL(
        fileURLWithPath: path,
        relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
      let files = try ReportFiles(ledger: ledger).write(
        document, format: format, output: url.standardizedFileURL, unitID: unit, kind: kind,
        period: period)
      if options.json {
        try options.printJSON(files.map(\.path))
      } else {
        files.forEach { Console.out("已生成：\($0.path)") }
      }
    }
  }
}
