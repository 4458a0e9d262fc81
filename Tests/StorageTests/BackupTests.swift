import Foundation
import Testing

@testable import Storage

/// Backups are consistent snapshots with their evidence; restores check and replace.
@Suite("Backup and restore")
struct BackupTests {
  @Test(arguments: Backend.all) func roundTrip(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let key = OccurrenceKey(unitID: "dh-xx", itemID: "fire-drill", period: "2026-11")
    let file = try s.file("签到.txt", "到场 412 人")
    let record = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: Date()), evidenceFiles: [file], by: "a")
    let backup = s.folder.appendingPathComponent("backup-1")
    try s.store.backup(to: backup)
    #expect(throws: StoreError.self) { try s.store.backup(to: backup) }

    let other = try Scratch(backend)
    try other.store.restore(from: backup, by: "admin")
    #expect(try other.store.units().map(\.id) == ["dh-jyj", "dh-xx", "dh-zx"])
    let restored = try other.store.records(of: key)
    #expect(restored.map(\.evidence) == [record.evidence])
    #expect(try other.store.evidenceContent(record.evidence[0]) == Data("到场 412 人".utf8))
    #expect(try other.store.auditEntries(unitID: nil, since: nil).last?.action == "restore")
  }

  @Test(arguments: Backend.all) func damagedBackupRefused(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let key = OccurrenceKey(unitID: "dh-xx", itemID: "x", period: "2026-11")
    let record = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: Date()), evidenceFiles: [try s.file("a.txt", "甲")], by: "a")
    let backup = s.folder.appendingPathComponent("backup-2")
    try s.store.backup(to: backup)
    let copy = EvidenceVault(root: backup.appendingPathComponent("evidence"))
    try Data("乙".utf8).write(to: copy.location(of: record.evidence[0].sha256))
    let other = try Scratch(backend)
    try other.seedOther()
    #expect(throws: StoreError.self) { try other.store.restore(from: backup, by: "admin") }
    #expect(try other.store.units().map(\.id) == ["xs-xx"])
  }
}

extension Scratch {
  func seedOther() throws {
    try store.addUnit(OrgUnit(id: "xs-xx", name: "西山小学", type: "school"), by: "admin")
  }
}
