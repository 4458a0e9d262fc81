import ArgumentParser
import Foundation
import Host

/// `taizhang plugin stubs DIR`.
struct PluginStubs: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stubs",
    abstract: "Write the plugin API's type stubs and a .luarc.json into a folder, for editors.",
    discussion: "Lua language servers (LuaLS) then complete and check tz.item{…} and the other declarations.")

  @Argument(help: "The folder to write tz.lua and .luarc.json into (created if missing).")
  var folder: String

  func run() throws {
    try reportingErrors {
      let url = URL(fileURLWithPath: folder)
      do {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try TypeStubs.source().write(to: url.appendingPathComponent("tz.lua"), atomically: true, encoding: .utf8)
        try TypeStubs.luarc(stubsFolder: url.standardizedFileURL.path)
          .write(to: url.appendingPathComponent(".luarc.json"), atomically: true, encoding: .utf8)
      } catch {
        throw UsageError("cannot write the stubs into \(folder): \(error.localizedDescription)", exitCode: 1)
      }
      Console.out("已写入 \(folder)/tz.lua 与 \(folder)/.luarc.json")
    }
  }
}
