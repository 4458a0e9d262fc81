import Foundation
import LuaRuntime
import Testing

@Suite("Errors say what, where and how we got there")
struct ErrorTests {
  @Test("a runtime error carries chunk, line, message and traceback")
  func runtimeError() throws {
    let state = try makeState()
    let code = """
      local function check(item)
        return item.title:upper()
      end
      local title = check({})
      return title
      """
    let error = try #require(errorOf(state, code, chunk: "Plugins/school/checklists/safety.lua"))
    #expect(error.kind == .runtime)
    #expect(error.chunk == "Plugins/school/checklists/safety.lua")
    #expect(error.line == 2)
    #expect(error.message == "attempt to index a nil value (field 'title')")
    let traceback = try #require(error.traceback)
    #expect(traceback.hasPrefix("stack traceback:"))
    #expect(traceback.contains("Plugins/school/checklists/safety.lua:4: in main chunk"))
  }

  @Test("a syntax error names the file and line")
  func syntaxError() throws {
    let state = try makeState()
    let error = try #require(errorOf(state, "tz.item{\n  id = 'x',\n  title = \n}", chunk: "Plugins/school/a.lua"))
    #expect(error.kind == .syntax)
    #expect(error.chunk == "Plugins/school/a.lua")
    #expect(error.line == 4)
    #expect(error.message == "unexpected symbol near '}'")
  }

  @Test("long chunk names are given back whole, not as Lua shortens them")
  func longChunkNames() throws {
    let state = try makeState()
    let chunk = "/srv/taizhang/site/plugins/county-education-bureau/checklists/teaching_routine.lua"
    let error = try #require(errorOf(state, "error('x')", chunk: chunk))
    #expect(error.chunk == chunk)
    #expect(error.line == 1)
  }

  @Test("an error object that is not a string is described")
  func tableErrors() throws {
    let state = try makeState()
    let error = try #require(errorOf(state, "error({code = 7})"))
    #expect(error.kind == .runtime)
    #expect(error.message == "(error object is a table value)")
  }

  @Test("run(file:) reads the file and reports a missing one")
  func files() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("x.lua")
    try write("return '文件'", to: file)
    let state = try makeState()
    #expect(try state.run(file: file) == [.string("文件")])
    #expect(throws: LuaError.self) { try state.run(file: folder.appendingPathComponent("none.lua")) }
  }
}
