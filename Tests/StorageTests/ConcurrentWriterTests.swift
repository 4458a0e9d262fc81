import Foundation
import GRDB
import Testing

@testable import Storage

/// Two processes writing the same database at once lose and corrupt nothing.
@Suite("Concurrent writer processes")
struct ConcurrentWriterTests {
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["TAIZHANG_BIN"], !path.isEmpty {
      return path
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/taizhang").path
  }

  @Test func twoWritersLoseNothing() throws {
    let s = try SQLiteScratch()
    try s.seed()
    let perProcess = 15
    let script = """
      for i in $(seq 1 \(perProcess)); do
        "$BIN" record safety.gate_duty --unit dh-xx --period 2026-11-02 --note "$W-$i" --db "$DB" >/dev/null || exit 1
        "$BIN" unit add "u-$W-$i" --name "新校$W$i" --type school --db "$DB" >/dev/null || exit 1
      done
      """
    let processes = try ["a", "b"].map { writer -> Process in
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      p.arguments = ["-c", script]
      p.environment = [
        "BIN": Self.binary, "DB": s.store.path, "W": writer, "TAIZHANG_ACTOR": "w-\(writer)",
        "PATH": "/usr/bin:/bin",
      ]
      try p.run()
      return p
    }
    for p in processes { p.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0])
    #expect(try s.store.records(unitID: "dh-xx", period: "2026-11-02").count == 2 * perProcess)
    #expect(try s.store.units().count == 3 + 2 * perProcess)
    let check = try s.store.pool.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
    #expect(check == "ok")
  }

  @Test func backupWhileAnotherProcessWrites() throws {
    let s = try SQLiteScratch()
    try s.seed()
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = [
      "-c",
      """
      for i in $(seq 1 20); do
        "$BIN" record safety.gate_duty --unit dh-zx --period 2026-11-02 --note "$i" --db "$DB" >/dev/null || exit 1
      done
      """,
    ]
    writer.environment = ["BIN": Self.binary, "DB": s.store.path, "PATH": "/usr/bin:/bin"]
    try writer.run()
    var snapshots: [URL] = []
    while writer.isRunning || snapshots.isEmpty {
      let folder = s.folder.appendingPathComponent("backup-\(snapshots.count)")
      try s.store.backup(to: folder)
      snapshots.append(folder)
    }
    writer.waitUntilExit()
    #expect(writer.terminationStatus == 0)
    var counts: [Int] = []
    for folder in snapshots {
      let copy = try SQLiteStore(
        path: folder.appendingPathComponent(SQLiteStore.backupDatabaseName).path)
      let check = try copy.pool.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
      #expect(check == "ok")
      // Each snapshot holds whole records: as many audit entries as records.
      let records = try copy.records(unitID: "dh-zx", period: "2026-11-02").count
      let audited = try copy.auditEntries(unitID: "dh-zx", since: nil).filter {
        $0.action == "record"
      }.count
      #expect(records == audited)
      counts.append(records)
    }
    #expect(counts == counts.sorted())
  }
}
