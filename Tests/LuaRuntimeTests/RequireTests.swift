import Foundation
import LuaRuntime
import Testing

@Suite("require stays inside the plugin folder")
struct RequireTests {
  @Test("modules load from the root, once, with their path in errors")
  func loadsInsideRoot() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try write("loads = (loads or 0) + 1\nreturn { name = '安全' }", to: root.appendingPathComponent("checklists/safety.lua"))
    try write("return 'init'", to: root.appendingPathComponent("lib/init.lua"))
    try write("local x = nil\nreturn x.y", to: root.appendingPathComponent("broken.lua"))
    let state = try makeState(root: root)
    #expect(try state.run(code: "return require('checklists.safety').name") == [.string("安全")])
    #expect(try state.run(code: "require('checklists.safety') return loads") == [.integer(1)])
    #expect(try state.run(code: "return require('lib')") == [.string("init")])
    let error = try #require(errorOf(state, "require('broken')"))
    #expect(error.chunk?.hasSuffix("/broken.lua") == true)
    #expect(error.line == 2)
  }

  @Test("names that climb out, absolute paths and links outside are refused")
  func refusesEscapes() throws {
    let root = try temporaryFolder()
    let outside = try temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: root)
      try? FileManager.default.removeItem(at: outside)
    }
    try write("return 'secret'", to: outside.appendingPathComponent("secret.lua"))
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("link.lua"), withDestinationURL: outside.appendingPathComponent("secret.lua"))
    let state = try makeState(root: root)
    for name in ["..secret", "../secret", "/etc/passwd", "a..b", "", "x/y"] {
      let error = try #require(errorOf(state, "require(\(LuaValue.string(name).literal))"), "\(name)")
      #expect(error.kind == .sandbox, "\(name)")
    }
    let link = try #require(errorOf(state, "require('link')"))
    #expect(link.kind == .sandbox)
    #expect(link.message.contains("outside the plugin folder"))
    let missing = try #require(errorOf(state, "require('nope')"))
    #expect(missing.kind == .runtime)
    #expect(missing.message.contains("not found"))
  }

  @Test("without a root, require is a sandbox error")
  func noRoot() throws {
    let state = try makeState()
    #expect(errorOf(state, "require('x')")?.kind == .sandbox)
  }
}
