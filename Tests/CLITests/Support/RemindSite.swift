import Foundation

/// A ledger with units of all four types (Fixtures/remind), a site config, and helpers to
/// run `taizhang remind` and read what it wrote.
struct RemindSite {
  let cli: CLI
  var config: String { cli.folder.appendingPathComponent("config.toml").path }
  var outbox: URL { cli.folder.appendingPathComponent("outbox") }

  /// A fresh ledger with the fixture directory and an outbox-only config.
  init(config text: String? = nil) throws {
    cli = try CLI()
    try cli.run("init")
    for (kind, file) in [("unit", "units"), ("person", "people"), ("role", "roles")] {
      let result = try cli.run(kind, "import", CLI.fixture("remind/\(file).csv"))
      guard result.status == 0 else { throw Failure(result.stderr) }
    }
    try writeConfig(text ?? """
      [channels.outbox]
      type = "outbox"
      folder = "\(outbox.path)"
      """)
  }

  func writeConfig(_ text: String) throws {
    try text.write(toFile: config, atomically: true, encoding: .utf8)
  }

  /// Runs `taizhang remind --config … ARGS`.
  @discardableResult
  func remind(_ args: String...) throws -> CLI.Result {
    try cli.run(args: ["remind", "--config", config] + args)
  }

  /// The outbox's message files (temporary files excluded), by name.
  func outboxFiles() throws -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: outbox.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  /// The outbox's JSON messages.
  func outboxMessages() throws -> [[String: Any]] {
    try outboxFiles().filter { $0.hasSuffix(".json") }.map { name in
      let data = try Data(contentsOf: outbox.appendingPathComponent(name))
      guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        throw Failure("\(name) is not a JSON object")
      }
      return object
    }
  }

  /// Rows of a query on the ledger, through Debian's python3 sqlite3, tab-separated.
  func sql(_ query: String) throws -> [String] {
    try Python.run(
      "import sqlite3,sys\nfor r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print('\\t'.join(map(str, r)))",
      args: [cli.database, query]
    ).split(separator: "\n").map(String.init)
  }
}

/// A test failure with a message.
struct Failure: Error, CustomStringConvertible {
  let description: String
  init(_ message: String) { description = message }
}

/// Debian's /usr/bin/python3, for real servers and parsers in tests.
enum Python {
  /// Runs a script to completion; its standard output.
  static func run(_ script: String, args: [String] = []) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script] + args
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure("python3 failed: \(String(decoding: errors, as: UTF8.self))")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// Stops a server: SIGKILL, since a child may inherit a blocked SIGTERM from the runner.
  static func stop(_ process: Process) {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// Starts a server script that prints its port on the first line; returns the process
  /// and the port. The caller terminates it.
  static func server(_ script: String, args: [String] = []) throws -> (Process, Int) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-u", "-c", script] + args
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    var line = Data()
    while true {
      let byte = out.fileHandleForReading.readData(ofLength: 1)
      if byte.isEmpty || byte == Data("\n".utf8) { break }
      line.append(byte)
    }
    guard let port = Int(String(decoding: line, as: UTF8.self)) else {
      stop(process)
      throw Failure("the test server did not start")
    }
    return (process, port)
  }
}
