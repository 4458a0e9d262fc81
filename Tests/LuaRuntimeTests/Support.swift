import Foundation
import LuaRuntime

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
