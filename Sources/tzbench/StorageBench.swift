import ArgumentParser
import Foundation
import Host
import Storage

/// `tzbench storage`: bulk record inserts and one unit-month lookup, on SQLite or (with
/// `--db postgres://…`) on PostgreSQL.
struct StorageBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "storage",
    abstract: "Insert records across units in batches, then look up one unit-month.")

  @Option(help: "Records to insert.") var records = 1_000_000
  @Option(help: "Units to spread them over.") var units = 2_000
  @Option(help: "Records per transaction.") var batch = 10_000
  @Option(help: "Folder for the database (default: a new temporary folder).") var folder: String?
  @Option(help: "An empty PostgreSQL database or schema URL instead of a SQLite file.")
  var db: String?

  func run() throws {
    let root = URL(fileURLWithPath: folder ?? NSTemporaryDirectory())
      .appendingPathComponent("tzbench-storage-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let store: any Store =
      try db.map { try LedgerDatabase.open($0, create: true) }
      ?? SQLiteStore(path: root.appendingPathComponent("taizhang.sqlite").path)
    let area = db == nil ? "storage" : "postgres"
    let unitIDs = (0..<units).map { String(format: "u%04d", $0) }
    try store.importDirectory(
      DirectoryBatch(
        units: [OrgUnit(id: "bureau", name: "基准教育局", type: "bureau")]
          + unitIDs.map {
            OrgUnit(id: $0, name: "基准学校\($0)", type: "school", parentID: "bureau")
          }), by: "bench")

    // Record i goes to unit i mod units; each unit gets its share spread over 12 months.
    let base = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
    let periods = (1...12).map { String(format: "2026-%02d", $0) }
    let items = (0...(records / units / 12 + 1)).map { "item-\($0)" }
    func record(_ i: Int) -> LedgerRecord {
      let j = i / units
      return LedgerRecord(
        key: OccurrenceKey(
          unitID: unitIDs[i % units], itemID: items[j / 12], period: periods[j % 12]),
        doneAt: base.addingTimeInterval(Double(i)), note: nil, values: ["n": Double(j)])
    }
    let clock = ContinuousClock()
    var inserted = 0
    // Only the store's work is timed; each batch is built before its clock starts.
    var insertTime = Duration.zero
    var start = 0
    while start < records {
      let end = min(records, start + batch)
      let chunk = (start..<end).map(record)
      insertTime += try clock.measure { inserted += try store.addRecords(chunk, by: "bench") }
      start = end
    }
    let seconds = Self.seconds(insertTime)
    row(
      "\(area): insert \(records / 1000)k records, \(batch)/batch",
      String(format: "%.0f rec/s", Double(inserted) / seconds), ">= 100000 rec/s")

    var lookups: [Double] = []
    var found = 0
    for k in 0..<21 {
      let unit = unitIDs[(k * 97) % units]
      let period = String(format: "2026-%02d", k % 12 + 1)
      let t = try clock.measure { found = try store.records(unitID: unit, period: period).count }
      lookups.append(Self.seconds(t) * 1000)
    }
    let first = lookups[0]
    let median = lookups.sorted()[lookups.count / 2]
    row(
      "\(area): unit-month lookup, median (\(found) rec)",
      String(format: "%.2f ms", median), "<= 20 ms")
    row("\(area): unit-month lookup, first", String(format: "%.2f ms", first), "<= 20 ms")
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }
}
