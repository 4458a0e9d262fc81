import Foundation
import Testing

@testable import Storage

/// Whole-store export and import between backends: lossless, checked, all or nothing.
@Suite("Export and import")
struct TransferTests {
  /// A SQLite ledger with something in every table, an id gap (an undone record) and
  /// evidence files.
  func richLedger() throws -> Scratch {
    let s = try Scratch(.sqlite)
    try s.seed()
    try s.store.assignRole(
      RoleAssignment(unitID: "dh-xx", role: "安全管理员", personID: "qian-hong"), by: "admin")
    try s.store.updateUnit(
      OrgUnit(id: "dh-jyj", name: "东河区教育局", type: "bureau", attributes: ["区域": "城区"]), by: "admin")
    let key = OccurrenceKey(unitID: "dh-xx", itemID: "fire-drill", period: "2026-11")
    try s.store.ensureOccurrences([Occurrence(key: key, due: "2026-11-30")])
    let at = Date(timeIntervalSince1970: 1_795_000_000.123)
    _ = try s.store.addRecord(
      LedgerRecord(
        key: key, doneAt: at, byPersonID: "bai-tao", note: "演练 \"全员\"\n第二行",
        values: ["参训人数": 412, "b": 0.25]),
      evidenceFiles: [try s.file("签到.txt", "到场 412 人"), try s.file("照片.txt", "图")], by: "bai-tao")
    _ = try s.store.addRecord(LedgerRecord(key: key, doneAt: at), evidenceFiles: [], by: "a")
    _ = try s.store.undoLatestRecord(of: key, by: "a")
    _ = try s.store.addRecords(
      (0..<50).map {
        LedgerRecord(
          key: OccurrenceKey(unitID: "dh-zx", itemID: "晨检-\($0 % 5)", period: "2026-W47"),
          doneAt: at)
      },
      by: "loader")
    let keys = (0..<3).map {
      DeliveryKey(
        unitID: "dh-xx", itemID: "fire-drill", period: "2026-11", stage: "s\($0)",
        recipient: "qian-hong", channel: "email")
    }
    _ = try s.store.insertDeliveriesIfAbsent(keys.map { Delivery(key: $0, message: "请于月底前完成") })
    let claimed = try s.store.claimDeliveries(limit: 2, now: at, leaseSeconds: 60)
    try s.store.markDeliverySent(id: claimed[0].id, at: at)
    try s.store.markDeliveryFailed(id: claimed[1].id, error: "timeout", retryAt: at)
    try s.store.advanceWatermark(job: "remind", unitID: "dh-xx", to: at)
    _ = try s.store.archiveReport(
      ArchivedReport(
        unitID: "dh-xx", kind: "monthly", period: "2026-11", format: "docx",
        sha256: String(repeating: "c", count: 64), path: "/r/月报.docx", createdAt: at))
    let run = try s.store.startRun(job: "remind", at: at)
    try s.store.finishRun(id: run, at: at, outcome: "ok", detail: nil)
    _ = try s.store.startRun(job: "remind", at: at)
    try s.store.setPluginValue(plugin: "school", key: "上次抽查", json: #"{"班级":"三(2)班"}"#)
    try s.store.addItemVersions([
      ItemVersion(
        unitType: "school", itemID: "moral.flag_raising", since: "",
        definition: #"{"applies":false,"every":"weekly on mon","weight":1}"#, seenAt: Date(timeIntervalSince1970: 1_790_000_000)),
      ItemVersion(
        unitType: "school", itemID: "moral.flag_raising", since: "2026-11-16",
        definition: #"{"applies":false,"every":"weekly on mon","weight":3}"#, seenAt: Date(timeIntervalSince1970: 1_795_000_000)),
    ])
    let inspection = try s.store.addInspection(
      Inspection(unitID: "dh-xx", kind: "督查", date: "2026-11-20", inspectors: ["白涛"], score: 88.5, enteredAt: at),
      evidenceFiles: [try s.file("督查记录.txt", "到场 412 人")], by: "admin")
    let finding = try s.store.addFinding(
      Finding(
        unitID: "dh-xx", inspectionID: inspection.id, description: "灭火器过期", foundOn: "2026-11-20",
        ownerPersonID: "qian-hong", deadline: "2026-11-30", enteredAt: at), by: "admin")
    _ = try s.store.rectifyFinding(
      finding.id, Rectification(on: "2026-11-25", note: "已更换", at: at),
      evidenceFiles: [try s.file("换新.txt", "图")], by: "admin")
    return s
  }

  func tables(_ folder: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    for table in LedgerTables.all {
      out[table.name] = try Data(
        contentsOf: folder.appendingPathComponent("tables/\(table.name).jsonl"))
    }
    return out
  }

  @Test(arguments: Backend.all) func roundTripIsIdentical(_ backend: Backend) throws {
    let source = try richLedger()
    let a = source.folder.appendingPathComponent("export-a")
    let exported = try StoreTransfer.export(source.store, to: a)
    #expect(exported.tables.allSatisfy { $0.rows > 0 })
    #expect(exported.evidenceFiles == 2)

    let middle = try Scratch(backend)
    #expect(try StoreTransfer.importFolder(a, into: middle.store).tables == exported.tables)
    let b = middle.folder.appendingPathComponent("export-b")
    #expect(try StoreTransfer.export(middle.store, to: b) == exported)

    let back = try Scratch(.sqlite)
    _ = try StoreTransfer.importFolder(b, into: back.store)
    let c = back.folder.appendingPathComponent("export-c")
    #expect(try StoreTransfer.export(back.store, to: c) == exported)
    #expect(try tables(a) == tables(c))
    let records = try back.store.records(
      of: OccurrenceKey(unitID: "dh-xx", itemID: "fire-drill", period: "2026-11"))
    #expect(try back.store.evidenceContent(records[0].evidence[0]) == Data("到场 412 人".utf8))

    // New rows continue after the imported ids.
    let maxID = try middle.store.auditEntries(unitID: nil, since: nil).map(\.id).max() ?? 0
    try middle.store.addUnit(OrgUnit(id: "dh-new", name: "新校", type: "school"), by: "a")
    #expect(try middle.store.auditEntries(unitID: "dh-new", since: nil).first?.id == maxID + 1)
  }

  @Test(arguments: Backend.all) func nonEmptyTargetRefusedUnlessReplacing(_ backend: Backend) throws
  {
    let source = try richLedger()
    let folder = source.folder.appendingPathComponent("export")
    let exported = try StoreTransfer.export(source.store, to: folder)
    let target = try Scratch(backend)
    try target.store.addUnit(OrgUnit(id: "xs-xx", name: "西山小学", type: "school"), by: "a")
    let error = #expect(throws: StoreError.self) {
      try StoreTransfer.importFolder(folder, into: target.store)
    }
    #expect(error?.code == .conflict)
    #expect(try target.store.units().map(\.id) == ["xs-xx"])
    #expect(try StoreTransfer.importFolder(folder, into: target.store, replace: true) == exported)
    #expect(try target.store.unit("xs-xx") == nil)
  }

  @Test(arguments: Backend.all) func damagedExportWritesNothing(_ backend: Backend) throws {
    let source = try richLedger()
    let folder = source.folder.appendingPathComponent("export")
    _ = try StoreTransfer.export(source.store, to: folder)
    let audit = folder.appendingPathComponent("tables/audit.jsonl")
    var text = try String(contentsOf: audit, encoding: .utf8)
    text = text.replacingOccurrences(of: "bai-tao", with: "bai-tai")
    try text.write(to: audit, atomically: true, encoding: .utf8)
    let target = try Scratch(backend)
    let error = #expect(throws: StoreError.self) {
      try StoreTransfer.importFolder(folder, into: target.store)
    }
    #expect(error?.code == .corrupt)
    #expect(try StoreDigest.of(target.store).tables.allSatisfy { $0.rows == 0 })
    #expect(throws: StoreError.self) { try StoreTransfer.export(source.store, to: folder) }
  }
}
