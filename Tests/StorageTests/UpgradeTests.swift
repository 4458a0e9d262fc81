import Foundation
import Testing

@testable import PostgresStorage
@testable import Storage

/// A ledger written by an earlier release opens with this build, migrates in place (its
/// bookkeeping table read as that release wrote it) and keeps its export digest to the
/// byte; it then takes writes as before. Fixtures/upgrade/README.md says how the ledgers
/// were made.
@Suite("Ledgers written by an earlier taizhang")
struct UpgradeTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/upgrade")

  @Test func sqliteLedgerOpensUnchanged() throws {
    let folder = try Self.scratchFolder()
    let fm = FileManager.default
    let path = folder.appendingPathComponent("taizhang.sqlite").path
    try fm.copyItem(
      atPath: Self.fixtures.appendingPathComponent("sqlite/taizhang.sqlite").path, toPath: path)
    try fm.copyItem(
      at: Self.fixtures.appendingPathComponent("sqlite/evidence"),
      to: folder.appendingPathComponent("evidence"))
    let store = try SQLiteStore(path: path, create: false)
    try Self.checkUnchanged(store, against: "sqlite")
  }

  @Test func postgresLedgerOpensUnchanged() throws {
    guard Backend.all.contains(.postgres) else { return }
    let folder = try Self.scratchFolder()
    let evidence = folder.appendingPathComponent("evidence")
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("postgres/evidence"), to: evidence)
    let url = try PostgresURL(Backend.freshURL(evidence: evidence))
    let schema = try #require(url.schema)
    let dump = try String(
      contentsOf: Self.fixtures.appendingPathComponent("postgres/dump.sql"), encoding: .utf8)
    // The dump names its schema in qualified names and one CREATE SCHEMA (data that
    // merely mentions it, like a log line with the URL, stays as it was).
    try Self.psql(
      dump.replacingOccurrences(of: "upgrade_fixture.", with: schema + ".")
        .replacingOccurrences(
          of: "CREATE SCHEMA upgrade_fixture;", with: "CREATE SCHEMA \(schema);"))
    let store = try PostgresStore(url: url, evidence: evidence, create: false)
    defer { store.close() }
    try Self.checkUnchanged(store, against: "postgres")
  }

  /// Checks the store's digest against the one the earlier release exported, and that
  /// new rows continue after the old ids.
  static func checkUnchanged(_ store: any Store & TableStore, against name: String) throws {
    let manifest = try Data(contentsOf: fixtures.appendingPathComponent("\(name)/manifest.json"))
    let expected = try JSONDecoder().decode(StoreDigest.self, from: manifest)
    #expect(try store.pendingMigrations().isEmpty)
    #expect(try store.appliedMigrations() == LedgerSchema.names)
    let digest = try StoreDigest.of(store)
    // The fixture's migrations come first, then those shipped since; its tables are
    // unchanged and the tables added since are empty.
    #expect(Array(digest.migrations.prefix(expected.migrations.count)) == expected.migrations)
    #expect(digest.format == expected.format)
    let before = Dictionary(uniqueKeysWithValues: expected.tables.map { ($0.name, $0) })
    #expect(Set(before.keys).isSubset(of: digest.tables.map(\.name)))
    for table in digest.tables {
      if let old = before[table.name] {
        #expect(table == old, "\(table.name) changed")
      } else {
        #expect(table.rows == 0, "\(table.name) is new and should be empty")
      }
    }
    #expect(digest.evidenceFiles == expected.evidenceFiles)
    #expect(digest.evidenceSHA256 == expected.evidenceSHA256)

    let record = try #require(
      try store.records(
        of: OccurrenceKey(unitID: "dh-xx", itemID: "study.staff_study", period: "2026-11")
      ).first)
    #expect(try store.evidenceContent(record.evidence[0]) == Data("到场 412 人\n".utf8))
    let lastAudit = try store.auditEntries(unitID: nil, since: nil).map(\.id).max() ?? 0
    try store.addUnit(OrgUnit(id: "dh-new", name: "新校", type: "school"), by: "a")
    #expect(try store.auditEntries(unitID: "dh-new", since: nil).first?.id == lastAudit + 1)
  }

  static func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("taizhang-upgrade-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Runs SQL through psql against the test server, stopping at the first error.
  static func psql(_ sql: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", try Backend.serverURL(),
    ]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data(sql.utf8))
    try input.fileHandleForWriting.close()
    let said = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw StoreError(.io, "psql failed: \(String(decoding: said, as: UTF8.self))")
    }
  }
}
