import Foundation

/// The binary linked into another folder, as an install or a copy to /usr/local/bin.
enum Installed {
  /// `<folder>/prefix/bin/taizhang` (a hard link to the built binary); with `shipped`, the
  /// plugins copied to `<folder>/prefix/share/taizhang/plugins`.
  static func copy(in folder: URL, shipped: Bool) throws -> URL {
    let bin = folder.appendingPathComponent("prefix/bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let target = bin.appendingPathComponent("taizhang")
    do {
      try FileManager.default.linkItem(at: CLI.binary.resolvingSymlinksInPath(), to: target)
    } catch {
      try FileManager.default.copyItem(at: CLI.binary.resolvingSymlinksInPath(), to: target)
    }
    if shipped {
      let share = folder.appendingPathComponent("prefix/share/taizhang")
      try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: CLI.packageRoot.appendingPathComponent("Plugins"), to: share.appendingPathComponent("plugins"))
    }
    return target
  }

  /// Runs `executable args…` in `folder`; `viaPath` runs it by name through PATH.
  static func run(
    _ executable: URL, _ args: [String], environment extra: [String: String] = [:], in folder: URL,
    viaPath: Bool = false
  ) throws -> CLI.Result {
    let process = Process()
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "TAIZHANG_PLUGIN_PATH")
    environment.removeValue(forKey: "TAIZHANG_DB")
    environment.removeValue(forKey: "TAIZHANG_CONFIG")
    environment["TAIZHANG_ACTOR"] = "tester"
    if viaPath {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [executable.lastPathComponent] + args
      environment["PATH"] = executable.deletingLastPathComponent().path + ":/usr/bin:/bin"
    } else {
      process.executableURL = executable
      process.arguments = args
    }
    environment.merge(extra) { _, new in new }
    process.environment = environment
    process.currentDirectoryURL = folder
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLI.Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
