import Foundation
import Testing

@testable import Storage

/// The same operations on SQLite and on PostgreSQL leave the same ledger: every table's
/// export text, and so the export digest, is byte for byte the same.
@Suite("One ledger on both engines")
struct EngineParityTests {
  /// The columns a store fills from the clock as it writes (the API takes no time for
  /// them): when each change was made (`audit.at`), when an evidence file was stored,
  /// when a delivery was queued, when a plugin value was last set. They are the ledger's
  /// own record of when things happened, so they differ between any two runs; the test
  /// sets them to 0 in both copies and compares everything else.
  static let clockColumns: [String: [String]] = [
    "audit": ["at"], "evidence": ["stored_at"], "delivery": ["created_at"],
    "plugin_data": ["updated_at"],
  ]

  @Test func sameOperationsSameDigest() throws {
    guard Backend.all.contains(.postgres) else { return }
    let sqlite = try Scratch(.sqlite)
    let postgres = try Scratch(.postgres)
    try Self.apply(to: sqlite)
    try Self.apply(to: postgres)

    let a = try Self.normalisedDigest(sqlite.store)
    let b = try Self.normalisedDigest(postgres.store)
    #expect(a.digest.migrations == b.digest.migrations)
    #expect(a.digest.evidenceSHA256 == b.digest.evidenceSHA256)
    for (left, right) in zip(a.texts, b.texts) {
      #expect(
        left.text == right.text,
        "\(left.name) differs: \(Self.firstDifference(left.text, right.text))")
    }
    #expect(a.digest == b.digest)
    #expect(a.digest.tables.allSatisfy { $0.rows > 0 })
  }

  /// The first line where two table texts differ, both ways, for the failure message.
  static func firstDifference(_ a: Data, _ b: Data) -> String {
    let left = String(decoding: a, as: UTF8.self).split(separator: "\n")
    let right = String(decoding: b, as: UTF8.self).split(separator: "\n")
    for (x, y) in zip(left, right) where x != y { return "SQLite \(x) | PostgreSQL \(y)" }
    return "\(left.count) lines | \(right.count) lines"
  }

  /// The digest of a store's tables with the clock columns set to 0, and
  /// the tables' texts.
  static func normalisedDigest(_ store: any TableStore) throws -> (digest: StoreDigest, texts: [(name: String, rows: Int, text: Data)]) {
    let rows = try store.readTables()
    let texts = LedgerTables.all.map { table in
      let masked = clockColumns[table.name] ?? []
      let positions = masked.compactMap(table.columns.firstIndex(of:))
      let tableRows = (rows[table.name] ?? []).map { row in
        var row = row
        for i in positions { row[i] = .integer(0) }
        return row
      }
      return (name: table.name, rows: tableRows.count, text: TableText.encode(tableRows))
    }
    let digest = StoreDigest(
      migrations: try store.appliedMigrations(), texts: texts,
      evidence: StoreDigest.evidenceHashes(rows))
    return (digest, texts)
  }

  /// Units, people and roles, records with evidence, undo, deliveries and claims,
  /// watermarks, reports, runs, plugin data, item history, and an inspection whose
  /// findings go round the loop, with fixed times wherever the API takes one.
  static func apply(to s: Scratch) throws {
    let store = s.store
    let at = Date(timeIntervalSince1970: 1_795_000_000.123)
    try s.seed()
    try store.importDirectory(
      DirectoryBatch(
        units: [
          OrgUnit(
            id: "dh-yey", name: "东河幼儿园", type: "kindergarten", parentID: "dh-jyj",
            attributes: ["规模": "小", "a": "1"]),
          OrgUnit(id: "dh-xx", name: "东河实验小学", type: "school", parentID: "dh-jyj"),
        ],
        people: [Person(id: "li-na", name: "李娜", contacts: ["email": "li@example.cn"])],
        roles: [
          RoleAssignment(unitID: "dh-yey", role: "园长", personID: "li-na"),
          RoleAssignment(unitID: "dh-xx", role: "安全管理员", personID: "qian-hong"),
        ]), by: "importer")
    try store.assignRole(
      RoleAssignment(unitID: "dh-zx", role: "校长", personID: "bai-tao"), by: "admin")
    try store.assignRole(
      RoleAssignment(unitID: "dh-zx", role: "校长", personID: "bai-tao"), by: "admin")
    try store.unassignRole(
      RoleAssignment(unitID: "dh-xx", role: "安全管理员", personID: "qian-hong"), by: "admin")
    try store.updatePerson(
      Person(id: "bai-tao", name: "白涛", contacts: ["phone": "138"]), by: "admin")
    try store.addUnit(OrgUnit(id: "xs-jyj", name: "西山区教育局", type: "bureau"), by: "admin")
    try store.updateUnit(
      OrgUnit(id: "dh-yey", name: "东河幼儿园", type: "kindergarten", parentID: "xs-jyj"), by: "admin")
    try store.addUnit(OrgUnit(id: "tmp", name: "临时", type: "school"), by: "admin")
    try store.removeUnit("tmp", by: "admin")

    let drill = OccurrenceKey(unitID: "dh-xx", itemID: "fire-drill", period: "2026-11")
    try store.ensureOccurrences([Occurrence(key: drill, due: "2026-11-30")])
    try store.ensureOccurrences([
      Occurrence(key: drill, due: "2026-11-30"),
      Occurrence(key: OccurrenceKey(unitID: "dh-zx", itemID: "fire-drill", period: "2026-11")),
    ])
    _ = try store.addRecord(
      LedgerRecord(
        key: drill, doneAt: at, doneOn: "2026-11-20", byPersonID: "bai-tao",
        note: "演练 \"全员\"\n第二行", values: ["参训人数": 412, "b": 0.25, "c": -3]),
      evidenceFiles: [try s.file("签到.txt", "到场 412 人"), try s.file("照片.txt", "图")], by: "bai-tao")
    _ = try store.addRecord(LedgerRecord(key: drill, doneAt: at), evidenceFiles: [], by: "a")
    _ = try store.undoLatestRecord(of: drill, by: "a")
    _ = try store.addRecords(
      (0..<40).map {
        LedgerRecord(
          key: OccurrenceKey(unitID: "dh-zx", itemID: "晨检-\($0 % 4)", period: "2026-W47"),
          doneAt: at.addingTimeInterval(Double($0)), values: ["n": Double($0)])
      }, by: "loader")

    let keys = (0..<4).map {
      DeliveryKey(
        unitID: "dh-xx", itemID: "fire-drill", period: "2026-11", stage: "s\($0)",
        recipient: "qian-hong", channel: $0 % 2 == 0 ? "email" : "wecom")
    }
    _ = try store.insertDeliveriesIfAbsent(
      keys.prefix(3).map { Delivery(key: $0, message: "请于月底前完成") })
    _ = try store.insertDeliveriesIfAbsent(keys.map { Delivery(key: $0, message: "请于月底前完成") })
    let holder = ClaimHolder(host: "h1", pid: 42, started: 7, run: "r1").text
    let lease = ClaimLease(holder: holder, clock: at, seconds: 60)
    let more = (0..<2).map {
      DeliveryKey(
        unitID: "dh-zx", itemID: "fire-drill", period: "2026-11", stage: "s\($0)",
        recipient: "bai-tao", channel: "email")
    }
    _ = try store.insertDeliveriesClaimed(
      more.map { Delivery(key: $0, message: "提醒") }, now: at, lease: lease)
    let claimed = try store.claimDeliveries(DeliveryFilter(), limit: 3, now: at, lease: lease)
    _ = try store.renewClaims(holder: holder, until: at.addingTimeInterval(120))
    try store.markDeliverySent(id: claimed[0].id, at: at)
    try store.markDeliveryFailed(
      id: claimed[1].id, error: "timeout", retryAt: at.addingTimeInterval(600))
    try store.releaseClaims(ids: [claimed[2].id], holder: holder)
    try store.advanceWatermark(job: "remind", unitID: "dh-xx", to: at)
    try store.advanceWatermarks(
      job: "remind", unitIDs: ["dh-xx", "dh-zx"], to: at.addingTimeInterval(60))

    _ = try store.archiveReport(
      ArchivedReport(
        unitID: "dh-xx", kind: "monthly", period: "2026-11", format: "docx",
        sha256: String(repeating: "c", count: 64), path: "/r/月报.docx", createdAt: at))
    let run = try store.startRun(job: "remind", at: at)
    try store.finishRun(id: run, at: at.addingTimeInterval(5), outcome: "ok", detail: "3 sent")
    _ = try store.startRun(job: "report", at: at)
    try store.setPluginValue(plugin: "school", key: "上次抽查", json: #"{"班级":"三(2)班"}"#)
    try store.setPluginValue(plugin: "school", key: "上次抽查", json: #"{"班级":"四(1)班"}"#)
    try store.setPluginValue(plugin: "school", key: "gone", json: "1")
    try store.deletePluginValue(plugin: "school", key: "gone")
    try store.setPluginValue(plugin: "bureau", key: "k", json: "[1,2]")
    let version = ItemVersion(
      unitType: "school", itemID: "moral.flag_raising", since: "",
      definition: #"{"every":"weekly on mon","weight":1}"#, seenAt: at)
    try store.addItemVersions([version])
    try store.addItemVersions([
      version,
      ItemVersion(
        unitType: "school", itemID: "moral.flag_raising", since: "2026-11-16",
        definition: #"{"every":"weekly on mon","weight":3}"#, seenAt: at.addingTimeInterval(86_400)),
    ])
    try applyFindings(to: s, at: at)
  }

  /// An inspection with evidence and three findings: one closed with evidence, one sent
  /// back and reassigned, one put under supervision; a batch that skips what is stored.
  static func applyFindings(to s: Scratch, at: Date) throws {
    let store = s.store
    let inspection = try store.addInspection(
      Inspection(
        unitID: "dh-xx", kind: "督查", date: "2026-11-06", inspectors: ["白涛", "陆平"],
        standard: "安全工作检查表", score: 92.5, notes: "抽查三个年级", enteredAt: at),
      evidenceFiles: [try s.file("督查记录.txt", "督查记录")], by: "admin")
    let problems = ["消防通道堆放杂物", "食堂留样记录不全", "教案检查记录缺页"].map {
      Finding(
        unitID: "dh-xx", inspectionID: inspection.id, description: $0, category: "安全管理",
        severity: "较重", foundOn: "2026-11-06", foundBy: "白涛", ownerRole: "安全员",
        ownerPersonID: "qian-hong", cooperatingRoles: ["总务主任"], measures: "限期整改",
        deadline: "2026-11-20", enteredAt: at)
    }
    let first = try store.addFinding(problems[0], by: "admin")
    _ = try store.addFindings(Array(problems), by: "importer")
    let ids = try store.findings(unitIDs: ["dh-xx"]).map(\.id)
    _ = try store.startRectification(first.id, on: "2026-11-07", note: "已安排清理", at: at, by: "a")
    _ = try store.rectifyFinding(
      first.id, Rectification(on: "2026-11-10", note: "已清理", personID: "qian-hong", at: at),
      evidenceFiles: [try s.file("整改后.txt", "照片")], by: "a")
    _ = try store.verifyFinding(
      first.id, FindingCheck(on: "2026-11-11", personID: "bai-tao", at: at), by: "a")
    _ = try store.rectifyFinding(
      ids[1], Rectification(on: "2026-11-18", note: "已补齐", at: at), evidenceFiles: [], by: "a")
    _ = try store.returnFinding(
      ids[1], FindingCheck(on: "2026-11-19", personID: "bai-tao", note: "仍缺两天", at: at), by: "a")
    _ = try store.assignFinding(
      ids[1], FindingAssignment(deadline: "2026-12-04", on: "2026-11-19", note: "退回后限期", at: at),
      by: "a")
    _ = try store.setSupervised(ids[2], true, on: "2026-11-24", note: "挂牌督办", at: at, by: "a")
  }
}
