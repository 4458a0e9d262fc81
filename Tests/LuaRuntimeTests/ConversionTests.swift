import LuaRuntime
import Testing

@Suite("Values cross between Swift and Lua")
struct ConversionTests {
  @Test("integers and floats stay distinct")
  func numbers() throws {
    let state = try makeState()
    let results = try state.run(code: "return 3, 3.0, 2^53, 7 // 2, 7 / 2, math.maxinteger")
    #expect(results == [.integer(3), .number(3.0), .number(9007199254740992), .integer(3), .number(3.5),
      .integer(Int64.max)])
    let f = try state.compile(code: "local a, b = ... return math.type(a), math.type(b)", chunkName: "t")
    #expect(try f.call([.integer(1), .number(1)]) == [.string("integer"), .string("float")])
  }

  @Test("Chinese strings round-trip byte for byte")
  func chineseStrings() throws {
    let state = try makeState()
    let text = "学校安全检查台账：消防通道畅通 ✅ 第1周"
    let echo = try state.compile(code: "local s = ... return s, #s, utf8.len(s)", chunkName: "t")
    let results = try echo.call([.string(text)])
    #expect(results[0] == .string(text))
    #expect(results[1] == .integer(Int64(text.utf8.count)))
    #expect(results[2] == .integer(Int64(text.unicodeScalars.count)))
    #expect(try state.run(code: "return '师德师风' .. '建设'") == [.string("师德师风建设")])
  }

  @Test("bytes that are not UTF-8 survive as bytes")
  func invalidUTF8() throws {
    let state = try makeState()
    let results = try state.run(code: #"return "\xff\xfe中", "\0a""#)
    #expect(results[0] == .bytes([0xFF, 0xFE, 0xE4, 0xB8, 0xAD]))
    #expect(results[1] == .string("\0a"))
    let f = try state.compile(code: "return #...", chunkName: "t")
    #expect(try f.call([.bytes([0xFF, 0, 1])]) == [.integer(3)])
  }

  @Test("nested tables come back whole, sequence and fields apart")
  func nestedTables() throws {
    let state = try makeState()
    let result = try state.run(code: """
      return { "一", "二", n = 2, sub = { deep = { true, false }, [10] = "十" }, [1.5] = "x" }
      """)[0]
    let table = try #require(result.tableValue)
    #expect(table.sequence == [.string("一"), .string("二")])
    #expect(table["n"] == .integer(2))
    #expect(result["sub"]["deep"][1] == .boolean(true))
    #expect(result["sub"]["deep"][2] == .boolean(false))
    #expect(result["sub"][10] == .string("十"))
    #expect(table[.number(1.5)] == .string("x"))
    #expect(result.literal == #"{"一", "二", [1.5] = "x", n = 2, sub = {[10] = "十", deep = {true, false}}}"#)
  }

  @Test("Swift tables go into Lua intact")
  func tablesIntoLua() throws {
    let state = try makeState()
    let count = try state.compile(
      code: "local t = ... local n = 0 for _ in pairs(t) do n = n + 1 end return n, #t, t.name, t[2]",
      chunkName: "t")
    let value: LuaValue = .table(LuaTable(sequence: ["a", "b", "c"], fields: ["name": "校长", 99: true]))
    #expect(try count.call([value]) == [.integer(5), .integer(3), .string("校长"), .string("b")])
  }

  @Test("a table that contains itself is refused, not looped over")
  func cycles() throws {
    let state = try makeState()
    #expect(throws: LuaError.self) { try state.run(code: "local t = {} t.self = t return t") }
    // The state stays usable.
    #expect(try state.run(code: "return 1") == [.integer(1)])
  }

  @Test("Lua functions are held and called later")
  func functionsHeld() throws {
    let state = try makeState()
    let results = try state.run(code: """
      local count = 0
      return function(step) count = count + step return count end
      """)
    let counter = try #require(results[0].functionValue)
    #expect(try counter.call([2]) == [.integer(2)])
    #expect(try counter.call([3]) == [.integer(5)])
    state.collectGarbage()
    #expect(try counter.call([1]) == [.integer(6)])
  }

  @Test("globals set from Swift are seen by Lua and back")
  func globals() throws {
    let state = try makeState()
    state.setGlobal("unit", ["name": "城关中学", "boarding": true])
    #expect(try state.run(code: "return unit.name, unit.boarding") == [.string("城关中学"), .boolean(true)])
    try state.run(code: "answer = 42")
    #expect(try state.global("answer") == .integer(42))
    #expect(try state.global("nothing") == .nil)
  }
}
