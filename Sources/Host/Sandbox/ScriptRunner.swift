import Foundation
import LuaRuntime

/// Runs an administrator's Lua snippet or file in the same sandbox plugins get, for
/// `taizhang lua`.
public struct ScriptRunner {
  /// The limits to run under.
  public var limits: LuaLimits
  /// The folder `require` may load from; nil: the script's folder, or none for `-e` code.
  public var root: URL?

  /// Creates a runner with plugin limits of `memoryMB` megabytes and `timeoutMS` milliseconds.
  public init(memoryMB: Int, timeoutMS: Int, root: URL?) {
    self.limits = LuaLimits(memoryBytes: memoryMB << 20, timeout: .milliseconds(timeoutMS))
    self.root = root
  }

  /// Runs a file and returns its results as display lines; `output` receives `print`.
  public func run(file path: String, output: @escaping (String) -> Void) throws -> [String] {
    let url = URL(fileURLWithPath: path)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw UsageError("no such script: \(path)")
    }
    let state = try LuaState(
      limits: limits, root: root ?? url.deletingLastPathComponent(), output: output)
    return try state.run(file: url, chunkName: path).map(\.displayString)
  }

  /// Runs code given on the command line.
  public func run(code: String, output: @escaping (String) -> Void) throws -> [String] {
    let state = try LuaState(limits: limits, root: root, output: output)
    return try state.run(code: code, chunkName: "=(command line)").map(\.displayString)
  }
}

extension LuaError: UserFacingError {
  /// Script errors end the command with 1.
  public var exitCode: Int32 { 1 }

  /// The message and, when Lua took one, the traceback, indented.
  public var report: String {
    guard let traceback, !traceback.isEmpty else { return "\(kind) error: \(description)" }
    return "\(kind) error: \(description)\n" + traceback
  }
}
