import Foundation
import LuaRuntime
import Testing

/// A state with small limits so hostile scripts end quickly.
func makeState(
  memoryMB: Int = 16, timeoutMS: Int = 300, root: URL? = nil, output: @escaping (String) -> Void = { _ in }
) throws -> LuaState {
  try LuaState(
    limits: LuaLimits(memoryBytes: memoryMB << 20, timeout: .milliseconds(timeoutMS)),
    root: root, output: output)
}

/// Runs code and returns the error it raised, or nil when it ran to the end.
func errorOf(_ state: LuaState, _ code: String, chunk: String = "test.lua") -> LuaError? {
  do {
    try state.run(code: code, chunkName: chunk)
    return nil
  } catch let error as LuaError {
    return error
  } catch {
    return LuaError(kind: .runtime, message: "not a LuaError: \(error)")
  }
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("taizhang-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

func write(_ text: String, to url: URL) throws {
  try FileManager.default.createDirectory(
    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try text.write(to: url, atomically: true, encoding: .utf8)
}

/// Runs a corpus file in Debian's reference `lua5.4` and in the sandbox and records every
/// line that differs; at least `minimumLines` lines must come out (a corpus that printed
/// nothing would match trivially).
func expectSameAsReferenceInterpreter(_ corpus: URL, minimumLines: Int) throws {
  let interpreter = "/usr/bin/lua5.4"
  try #require(FileManager.default.isExecutableFile(atPath: interpreter), "lua5.4 is not installed; run Scripts/setup.sh")
  let process = Process()
  process.executableURL = URL(fileURLWithPath: interpreter)
  process.arguments = [corpus.path]
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  #expect(process.terminationStatus == 0)
  let reference = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    .map(String.init)

  var lines: [String] = []
  let state = try LuaState(limits: LuaLimits(memoryBytes: 64 << 20, timeout: .seconds(30)), output: { lines.append($0) })
  try state.run(file: corpus)
  lines.append("")  // the reference output ends with a newline

  #expect(reference.count > minimumLines)
  #expect(lines.count == reference.count)
  for (index, (ours, theirs)) in zip(lines, reference).enumerated() where ours != theirs {
    Issue.record("line \(index + 1): sandbox \(ours) | lua5.4 \(theirs)")
  }
}
