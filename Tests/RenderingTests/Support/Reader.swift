import Foundation
import Testing

/// Runs real readers (Debian's Python with python-docx, LibreOffice, xmllint, pdftotext)
/// over rendered files.
enum Reader {
  /// Debian's Python: the one python3-docx installs into (not a pyenv one on PATH).
  static let python = "/usr/bin/python3"

  /// The result of running a program.
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `program` with `arguments`, feeding `input` on stdin.
  static func run(_ program: String, _ arguments: [String], input: Data? = nil) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let out = Pipe(), err = Pipe(), inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp
    try process.run()
    if let input { inp.fileHandleForWriting.write(input) }
    try inp.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs a Python script (given as text) with arguments and decodes its JSON output.
  static func python<T: Decodable>(_ script: String, _ arguments: [String], as: T.Type) throws -> T
  {
    let outcome = try run(python, ["-c", script] + arguments)
    guard outcome.status == 0 else {
      throw ReaderFailure("python exited \(outcome.status): \(outcome.stderr)")
    }
    return try JSONDecoder().decode(T.self, from: Data(outcome.stdout.utf8))
  }

  /// Whether Debian's Python can import `module`.
  static func pythonHas(_ module: String) -> Bool {
    (try? run(python, ["-c", "import \(module)"]).status) == 0
  }

  /// The full path of `name` on PATH, or nil.
  static func which(_ name: String) -> String? {
    let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    return dirs.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Writes `files` into a fresh temporary directory, runs `body` with their paths, and
  /// removes the directory afterwards.
  static func withFiles<T>(
    _ files: [(name: String, data: Data)], _ body: ([String]) throws -> T
  ) throws -> T {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let paths = try files.map { file in
      let url = dir.appendingPathComponent(file.name)
      try file.data.write(to: url)
      return url.path
    }
    return try body(paths)
  }

  /// A fresh temporary directory for one test.
  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("tz-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// A reader that failed to run.
struct ReaderFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
