import Foundation
import Testing

@testable import Storage

/// The content-addressed evidence folder.
@Suite("Evidence")
struct EvidenceTests {
  let key = OccurrenceKey(unitID: "dh-xx", itemID: "safety-check", period: "2026-11")

  func storedFiles(_ s: Scratch) throws -> [String] {
    let root = s.store.vault.root
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    return (enumerator?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath }
      .map(\.lastPathComponent).sorted()
  }

  @Test(arguments: Backend.all) func sameContentStoredOnce(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let a = try s.file("检查表.txt", "11月安全检查：无隐患\n")
    let b = try s.file("检查表-副本.txt", "11月安全检查：无隐患\n")
    let first = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: Date()), evidenceFiles: [a], by: "a")
    let second = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: Date()), evidenceFiles: [b, a], by: "a")
    // SHA-256 of the UTF-8 text, computed independently with sha256sum.
    let expected = EvidenceVault.hash(Data("11月安全检查：无隐患\n".utf8))
    #expect(first.evidence.map(\.sha256) == [expected])
    #expect(second.evidence.map(\.fileName) == ["检查表-副本.txt", "检查表.txt"])
    #expect(try storedFiles(s) == [expected])
    let read = try s.store.records(of: key)
    #expect(read.map(\.evidence) == [first.evidence, second.evidence])
    #expect(try s.store.evidenceContent(first.evidence[0]) == Data("11月安全检查：无隐患\n".utf8))
  }

  @Test(arguments: Backend.all) func tamperedFileIsDetected(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let file = try s.file("proof.txt", "abc")
    let record = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: Date()), evidenceFiles: [file], by: "a")
    let ref = record.evidence[0]
    #expect(ref.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    try Data("abd".utf8).write(to: s.store.vault.location(of: ref.sha256))
    let error = #expect(throws: StoreError.self) { try s.store.evidenceContent(ref) }
    #expect(error?.code == .corrupt)
  }

  @Test(arguments: Backend.all) func missingFileWritesNothing(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let missing = s.folder.appendingPathComponent("nope.pdf")
    #expect(throws: StoreError.self) {
      try s.store.addRecord(
        LedgerRecord(key: key, doneAt: Date()), evidenceFiles: [missing], by: "a")
    }
    #expect(try s.store.records(of: key).isEmpty)
  }

  @Test(arguments: Backend.all) func evidenceOutlivesUndoWhileReferenced(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.seed()
    let file = try s.file("p.txt", "签到表")
    let kept = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: Date()), evidenceFiles: [file], by: "a")
    _ = try s.store.addRecord(
      LedgerRecord(key: key, doneAt: Date()), evidenceFiles: [file], by: "a")
    _ = try s.store.undoLatestRecord(of: key, by: "a")
    #expect(try s.store.evidenceContent(kept.evidence[0]) == Data("签到表".utf8))
  }
}
