import Foundation

/// Runs the built `taizhang` binary against a private database in a fresh folder.
struct CLI {
  /// What one run produced.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The folder holding the database and any files a test writes.
  let folder: URL

  /// The database path.
  var database: String { folder.appendingPathComponent("ledger/taizhang.sqlite").path }

  /// A CLI over a new empty folder.
  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("taizhang-cli-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// The binary: `TAIZHANG_BIN` (set by Scripts/test.sh), else `.build/debug/taizhang`.
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["TAIZHANG_BIN"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return packageRoot.appendingPathComponent(".build/debug/taizhang")
  }

  /// The package's root folder, found from this file's path.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  /// A fixture file under Tests/CLITests/Fixtures.
  static func fixture(_ path: String) -> String {
    packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/\(path)").path
  }

  /// Runs `taizhang args…` with `--db` pointing at this CLI's database.
  @discardableResult
  func run(_ args: String..., db: Bool = true) throws -> Result {
    try run(args: args, db: db)
  }

  /// Runs with an argument array.
  func run(args: [String], db: Bool = true, environment extra: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = args + (db ? ["--db", database] : [])
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["TAIZHANG_ACTOR"] = "tester"
    environment.removeValue(forKey: "TAIZHANG_DB")
    environment["COLUMNS"] = "100"
    environment.removeValue(forKey: "TAIZHANG_PLUGIN_PATH")
    environment.merge(extra) { _, new in new }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Parses a run's standard output as JSON.
  static func json(_ result: Result) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }
}
