import Foundation
import Testing

@Suite("taizhang lua runs scripts in the plugin sandbox")
struct LuaCommandTests {
  @Test("results are printed one per line and the exit status is 0")
  func results() throws {
    let cli = try CLI()
    let result = try cli.run("lua", "-e", "print('你好') return '台账', 1 + 1, 2.5, {ok = true, 3}", db: false)
    #expect(result.status == 0)
    #expect(result.stdout == "你好\n台账\n2\n2.5\n{3, ok = true}\n")
    #expect(result.stderr.isEmpty)
  }

  @Test("a script file runs, and require finds modules beside it")
  func fileAndRequire() throws {
    let cli = try CLI()
    let folder = cli.folder.appendingPathComponent("plugin")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("lib"), withIntermediateDirectories: true)
    try "return { greet = function(n) return '您好，' .. n end }".write(
      to: folder.appendingPathComponent("lib/words.lua"), atomically: true, encoding: .utf8)
    try "local w = require('lib.words')\nreturn w.greet('校长')".write(
      to: folder.appendingPathComponent("main.lua"), atomically: true, encoding: .utf8)
    let result = try cli.run("lua", "plugin/main.lua", db: false)
    #expect(result.status == 0)
    #expect(result.stdout == "您好，校长\n")
  }

  @Test("an endless loop ends with a timeout error, its position, and exit 1")
  func timeout() throws {
    let cli = try CLI()
    let result = try cli.run("lua", "-e", "while true do end", "--timeout", "200", db: false)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("taizhang: timeout error: (command line):1: time limit exceeded (200 ms)"))
    #expect(!result.stderr.contains("Swift"))
  }

  @Test("script errors name their kind, file and line, and exit 1")
  func scriptErrors() throws {
    let cli = try CLI()
    try "local x = 1\n\nreturn io.open('/etc/passwd')".write(
      to: cli.folder.appendingPathComponent("bad.lua"), atomically: true, encoding: .utf8)
    let sandbox = try cli.run("lua", "bad.lua", db: false)
    #expect(sandbox.status == 1)
    #expect(sandbox.stderr.hasPrefix("taizhang: sandbox error: bad.lua:3: sandbox: the io library is not available to plugins"))
    let syntax = try cli.run("lua", "-e", "return 1 +", db: false)
    #expect(syntax.status == 1)
    #expect(syntax.stderr.hasPrefix("taizhang: syntax error: (command line):1: unexpected symbol near <eof>"))
    let memory = try cli.run("lua", "-e", "local t = {} for i = 1, 1e9 do t[i] = i end", "--memory", "8", "--timeout", "60000", db: false)
    #expect(memory.status == 1)
    #expect(memory.stderr.hasPrefix("taizhang: memory error: memory limit exceeded (8 MB)"))
  }

  @Test("bad usage exits 2 with a message, never a Swift trace", arguments: [
    ["lua"], ["lua", "x.lua", "-e", "return 1"], ["lua", "-e", "return 1", "--memory", "0"],
    ["lua", "-e", "return 1", "--timeout", "abc"], ["lua", "no-such-file.lua"],
  ])
  func badUsage(_ args: [String]) throws {
    let result = try CLI().run(args: args, db: false)
    #expect(result.status == 2, "\(args): \(result.stderr)")
    #expect(!result.stderr.isEmpty)
    #expect(!result.stderr.contains("Fatal error"))
  }
}
