import ArgumentParser
import Foundation
import Host
import Rendering
import Scheduling
import Storage

/// `tzbench reports`: one school's monthly summary end to end, and a bureau's quarterly
/// roll-up over many schools, on a fresh ledger with most occurrences recorded: a SQLite
/// file in a temporary folder, or (with `--db`) any store a `--db` value names.
struct ReportBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reports",
    abstract: "Render a unit's monthly summary and a roll-up over 2,000 units.")

  @Option(help: "The shipped Plugins folder.") var plugins = "Plugins"
  @Option(help: "Number of schools under the bureau.") var units = 2000
  @Option(help: "An empty database: a SQLite file or a postgres:// URL (default: a new file).")
  var db: String?
  @Option(help: "Backend named in the result rows (default: rows without a backend).")
  var label: String?

  func run() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tzbench-reports-\(getpid())")
    defer {
      if ProcessInfo.processInfo.environment["TZBENCH_KEEP"] == nil {
        try? FileManager.default.removeItem(at: folder)
      }
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // A new SQLite file unless --db names a store, as `tzbench storage` and `claims` take it.
    let store: any Store =
      try db.map { try LedgerDatabase.open($0, create: true) }
      ?? SQLiteStore(path: folder.appendingPathComponent("ledger.sqlite").path)
    let ledger = Ledger(
      store: store, actor: "bench", path: db.map(LedgerDatabase.display) ?? folder.path)
    // Unlabelled rows read as 65-reports.sh has always printed them.
    let suffix = label.map { ", \($0)" } ?? ""
    let catalog = PluginCatalog.load(PluginSearchPath(folders: [URL(fileURLWithPath: plugins)]))
    let calendar = try HolidayDataLoader(
      pluginFolder: URL(fileURLWithPath: plugins).appendingPathComponent("calendar")
    )
    .workCalendar()
    let schools = (0..<units).map { i in
      OrgUnit(
        id: String(format: "s%04d", i), name: "第\(i)小学", type: "school", parentID: "bureau",
        attributes: ["区域": i % 2 == 0 ? "城区" : "农村", "寄宿": "否"],
        terms: [SchoolTerm(name: "2026秋季学期", start: "2026-09-01", end: "2027-01-22")])
    }
    let bureau = OrgUnit(
      id: "bureau", name: "清源区教育局", type: "bureau", parentID: nil, attributes: [:], terms: [])
    try store.importDirectory(
      DirectoryBatch(
        units: [bureau] + schools, people: [Person(id: "p1", name: "王立新")],
        roles: schools.prefix(1).map { RoleAssignment(unitID: $0.id, role: "校长", personID: "p1") }),
      by: "bench")
    // Record seven in ten of each school's occurrences in the quarter.
    let sample = try Checklist.build(
      unit: schools[0], plugin: catalog.plugin(forUnitType: "school")!,
      period: .quarter(year: 2026, quarter: 4),
      asOf: CivilDate(2026, 12, 31), calendar: calendar, store: store)
    let keys = sample.sections.flatMap { $0.rows }.flatMap { row in
      row.occurrences.map { (row.item.id, $0.occurrence.period.description) }
    }
    var records: [LedgerRecord] = []
    for (u, school) in schools.enumerated() {
      for (k, key) in keys.enumerated() where (u + k) % 10 < 7 {
        records.append(
          LedgerRecord(
            key: OccurrenceKey(unitID: school.id, itemID: key.0, period: key.1),
            doneAt: Date(timeIntervalSince1970: 1_790_000_000),
            note: k % 20 == 0 ? "按计划完成" : nil, values: ["数量": Double(k % 5)]))
      }
    }
    _ = try store.addRecords(records, by: "bench")
    row("  ledger: \(units) schools, records\(suffix)", String(records.count), "—")

    let job = ReportJob(ledger: ledger, catalog: catalog, calendar: calendar)
    let out = folder.appendingPathComponent("out")
    let clock = ContinuousClock()
    var single: [Duration] = []
    for _ in 0..<10 {
      single.append(
        try clock.measure {
          let doc = try job.document(kind: "monthly", unitID: schools[0].id, period: "2026-11")
          _ = try ReportFiles(ledger: ledger).write(
            doc, format: .docx, output: out.appendingPathComponent("monthly.docx"),
            unitID: schools[0].id,
            kind: "monthly", period: "2026-11")
        })
    }
    row(
      label == nil
        ? "one school's monthly summary, DOCX (median)" : "monthly summary, DOCX (median)\(suffix)",
      ms(single.sorted()[single.count / 2]),
      "≤ 100 ms")
    let cpuBefore = Self.cpuSeconds()
    let rollup = try clock.measure {
      let doc = try job.document(kind: "circular", unitID: "bureau", period: "2026-Q4")
      _ = try ReportFiles(ledger: ledger).write(
        doc, format: .docx, output: out.appendingPathComponent("circular.docx"), unitID: "bureau",
        kind: "circular", period: "2026-Q4")
    }
    let cpu = Self.cpuSeconds() - cpuBefore
    row(
      label == nil
        ? "quarterly roll-up over \(units) schools, DOCX"
        : "roll-up, \(units) schools, DOCX\(suffix)",
      ms(rollup), "≤ 5 s")
    // On a shared machine the wall time includes waiting for a core; the CPU time does not.
    row("  the same, CPU time of this process", String(format: "%.1f ms", cpu * 1000), "—")
  }

  static func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  func ms(_ d: Duration) -> String {
    String(
      format: "%.1f ms",
      Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15)
  }
}
