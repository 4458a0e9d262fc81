import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang lua`: runs a script in the plugin sandbox.
  struct LuaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lua", abstract: "Run a Lua script in the plugin sandbox.")
    func run() throws {}
  }
}
