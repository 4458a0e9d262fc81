import Foundation
import PostgresStorage
import Storage
import Testing

/// The storage backends every store suite runs against. SQLite always; PostgreSQL when
/// `TAIZHANG_TEST_PG` names a server (Scripts/test.sh starts one), and always under CI,
/// where a missing server fails the PostgreSQL cases instead of leaving them out.
enum Backend: String, Sendable, CaseIterable, CustomTestStringConvertible {
  case sqlite
  case postgres

  /// The backends to test here.
  static let all: [Backend] = {
    let env = ProcessInfo.processInfo.environment
    let wanted = env["TAIZHANG_TEST_PG"].map { !$0.isEmpty } ?? false || env["CI"] == "true"
    return wanted ? [.sqlite, .postgres] : [.sqlite]
  }()

  var testDescription: String { rawValue }

  /// The server URL, or a failure saying how to get one.
  static func serverURL() throws -> String {
    guard let url = ProcessInfo.processInfo.environment["TAIZHANG_TEST_PG"], !url.isEmpty else {
      throw StoreError(
        .io,
        "TAIZHANG_TEST_PG is not set: run the tests through Scripts/test.sh, which starts a "
          + "PostgreSQL server (or eval \"$(Scripts/dev/pg.sh start)\" first)")
    }
    return url
  }

  /// A URL for a fresh, empty schema of its own on the test server, with evidence kept
  /// in `evidence`.
  static func freshURL(evidence: URL) throws -> String {
    let base = try serverURL()
    let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    let separator = base.contains("?") ? "&" : "?"
    return base + separator + "schema=\(schema)&evidence=\(evidence.path)"
  }

  /// Opens a new empty store of this backend inside `folder`.
  func makeStore(in folder: URL) throws -> any Store & TableStore {
    try Self.open(location(in: folder))
  }

  /// A new location: a file in `folder`, or a fresh schema with evidence in `folder`.
  func location(in folder: URL) throws -> String {
    switch self {
    case .sqlite: return folder.appendingPathComponent("db/taizhang.sqlite").path
    case .postgres: return try Self.freshURL(evidence: folder.appendingPathComponent("evidence"))
    }
  }

  /// Opens a store at a location made by `location(in:)`.
  static func open(
    _ location: String, create: Bool = true, migrate: Bool = true
  ) throws -> any Store & TableStore {
    guard PostgresURL.isURL(location) else {
      return try SQLiteStore(path: location, create: create, migrate: migrate)
    }
    let url = try PostgresURL(location)
    return try PostgresStore(
      url: url, evidence: URL(fileURLWithPath: url.evidence ?? "/nonexistent"), create: create,
      migrate: migrate)
  }
}
