import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang lua`: runs a script in the plugin sandbox.
  struct LuaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lua",
      abstract: "Run a Lua script in the plugin sandbox.",
      discussion: """
        The script gets exactly what a plugin gets: the safe standard library, require \
        limited to --root, a memory cap and a time budget. Its return values are printed \
        one per line. Exit status: 0 on success, 1 when the script fails, 2 on bad usage.
        """
    )

    @Argument(help: "The Lua file to run.")
    var file: String?

    @Option(name: .customShort("e"), help: "Lua code to run instead of a file.")
    var code: String?

    @Option(help: "The folder require may load modules from (default: the script's folder).")
    var root: String?

    @Option(help: "The memory cap in megabytes.")
    var memory: Int = 64

    @Option(help: "The time budget in milliseconds.")
    var timeout: Int = 1000

    func validate() throws {
      if (file == nil) == (code == nil) { throw ValidationError("Give either a FILE or -e CODE.") }
      if memory < 1 { throw ValidationError("--memory must be at least 1 (megabytes).") }
      if timeout < 1 { throw ValidationError("--timeout must be at least 1 (milliseconds).") }
    }

    func run() throws {
      try reportingErrors {
        let runner = ScriptRunner(
          memoryMB: memory, timeoutMS: timeout, root: root.map { URL(fileURLWithPath: $0) })
        let results =
          if let file { try runner.run(file: file, output: Console.out) }
          else { try runner.run(code: code ?? "", output: Console.out) }
        results.forEach(Console.out)
      }
    }
  }
}
