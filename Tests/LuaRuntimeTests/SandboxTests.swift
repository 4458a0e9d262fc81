import LuaRuntime
import Testing

@Suite("The sandbox contains hostile scripts")
struct SandboxTests {
  @Test("each hostile script ends with the right kind of error, and a second state is unaffected",
    arguments: hostileScripts)
  func contained(_ script: HostileScript) throws {
    let witness = try makeState()
    try witness.run(code: "secret = '见证'")
    do {
      let state = try makeState(memoryMB: 16, timeoutMS: script.timeoutMS)
      let error = try #require(errorOf(state, script.code, chunk: "hostile.lua"), "\(script.name) ran to the end")
      #expect(script.kinds.contains(error.kind), "\(script.name): \(error.kind) \(error)")
      if error.kind != .memory { #expect(error.chunk == "hostile.lua", "\(script.name): \(error)") }
      // The hostile state itself stays usable for the next call.
      #expect(try state.run(code: "return 1 + 1") == [.integer(2)], "\(script.name)")
    }
    #expect(try witness.run(code: "return ('abc'):upper(), secret, os.time() > 0")
      == [.string("ABC"), .string("见证"), .boolean(true)])
  }

  @Test("the corpus is large enough to mean something")
  func corpusSize() {
    #expect(hostileScripts.count >= 25)
  }

  @Test("string methods changed in one state do not leak into another")
  func stringMethodsPerState() throws {
    let a = try makeState()
    let b = try makeState()
    try a.run(code: "string.upper = function() return 'pwned' end")
    #expect(try a.run(code: "return string.upper('x'), ('x'):upper()") == [.string("pwned"), .string("X")])
    #expect(try b.run(code: "return string.upper('x'), ('x'):upper()") == [.string("X"), .string("X")])
  }

  @Test("globals of one state are invisible to another")
  func globalsPerState() throws {
    let a = try makeState()
    let b = try makeState()
    try a.run(code: "shared = 'a'; _G.other = 1")
    #expect(try b.run(code: "return shared, other") == [.nil, .nil])
  }

  @Test("what plugins may use is there")
  func allowedLibrary() throws {
    let state = try makeState()
    let results = try state.run(code: """
      local t = {3, 1, 2}
      table.sort(t)
      local words = {}
      for w in ("早读 升旗 眼保健操"):gmatch("%S+") do words[#words + 1] = w end
      return table.concat(t, ","), #words, math.floor(2.5), utf8.char(21488, 36134),
        os.date("!%Y-%m-%d", 0), type(os.clock()), select("#", load("return 1, 2")()),
        string.format("%q", "a\\n"), coroutine.wrap(function() coroutine.yield(7) end)(),
        debug.traceback("x"):sub(1, 1)
      """)
    #expect(results == [
      .string("1,2,3"), .integer(3), .integer(2), .string("台账"), .string("1970-01-01"),
      .string("number"), .integer(2), .string("\"a\\\n\""), .integer(7), .string("x"),
    ])
  }

  @Test("load runs text with the sandbox's globals unless given others")
  func loadEnvironment() throws {
    let state = try makeState()
    #expect(try state.run(code: "x = 5 return load('return x')()") == [.integer(5)])
    #expect(try state.run(code: "return load('return x', 'c', 't', {x = 9})()") == [.integer(9)])
    #expect(try state.run(code: "return load('return io', 'c', 't', {})()") == [.nil])
  }

  @Test("print goes to the host's output")
  func printOutput() throws {
    var lines: [String] = []
    let state = try LuaState(limits: .plugin, output: { lines.append($0) })
    try state.run(code: "print('第', 1, nil, true, 2.5)")
    #expect(lines == ["第\t1\tnil\ttrue\t2.5"])
  }
}
