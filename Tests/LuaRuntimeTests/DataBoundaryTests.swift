import Foundation
import LuaRuntime
import Testing

@Suite("Hostile data cannot crash the host or outrun the budget")
struct DataBoundaryTests {
  @Test("a table nested 6,000 levels deep is a conversion error, not a crash")
  func deepNesting() throws {
    let state = try makeState()
    let error = errorOf(state, """
      local t = {}
      for i = 1, 6000 do t = { t } end
      return t
      """, chunk: "deep.lua")
    #expect(error?.kind == .conversion)
    #expect(error?.chunk == "deep.lua")
    #expect(error?.message.contains("200") == true)
  }

  @Test("nesting up to the limit still converts")
  func nestingWithinTheLimit() throws {
    let state = try makeState()
    let result = try state.run(code: "local t = 1 for i = 1, 199 do t = { t } end return t")[0]
    var value = result
    var depth = 0
    while case .table(let t) = value { value = t[1]; depth += 1 }
    #expect(depth == 199)
    #expect(value == .integer(1))
  }

  @Test("a deep table returned from a called function names the function's file and line")
  func deepFromFunction() throws {
    let state = try makeState()
    let f = try state.compile(code: """
      return function()
        local t = {}
        for i = 1, 6000 do t = { t } end
        return t
      end
      """, chunkName: "plugins/site/deep.lua")
    let inner = try #require(try f.call()[0].functionValue)
    #expect(throws: LuaError.self) { try inner.call() }
    do {
      try inner.call()
    } catch let error as LuaError {
      #expect(error.kind == .conversion)
      #expect(error.chunk == "plugins/site/deep.lua")
      #expect(error.line == 1)
    }
  }

  @Test("a deep table passed to a Swift function is an error at the caller's line")
  func deepArgument() throws {
    let state = try makeState()
    state.register("host.take") { call in _ = try call.table(1) }
    let error = errorOf(state, """
      local t = {}
      for i = 1, 6000 do t = { t } end
      host.take(t)
      """, chunk: "arg.lua")
    #expect(error?.chunk == "arg.lua")
    #expect(error?.line == 3)
    #expect(error?.message.contains("200") == true)
  }

  @Test("a table that contains itself, directly or through others, is refused")
  func cycles() throws {
    let state = try makeState()
    #expect(errorOf(state, "local t = {} t.self = t return t")?.kind == .conversion)
    #expect(errorOf(state, "local a, b = {}, {} a.b = b b.list = { a } return a")?.kind == .conversion)
    #expect(errorOf(state, "local t = {} local k = {} k[t] = 1 t[k] = 1 return t")?.kind == .conversion)
    // Shared (not cyclic) tables are fine.
    let shared = try state.run(code: "local s = { 1 } return { s, s, x = s }")[0]
    #expect(shared[1] == shared["x"])
  }

  @Test("a table shared exponentially (a DAG) is stopped by the size limit")
  func exponentialSharing() throws {
    let state = try makeState()
    let error = errorOf(state, "local t = { 1 } for i = 1, 60 do t = { t, t } end return t", chunk: "dag.lua")
    #expect(error?.kind == .conversion)
    #expect(error?.message.contains("values") == true)
  }

  @Test("a long string repeated many times is stopped by the byte limit")
  func repeatedLongString() throws {
    let state = try makeState(memoryMB: 64)
    let error = errorOf(state, """
      local s = string.rep("台", 1 << 20)
      local t = {}
      for i = 1, 200 do t[i] = s end
      return t
      """, chunk: "bytes.lua")
    #expect(error?.kind == .conversion)
    #expect(error?.message.contains("MB") == true)
  }

  @Test("table.sort over large strings stops at the time budget")
  func sortOfLargeStrings() throws {
    // Strings of NUL bytes make each comparison walk the string one strcoll call per byte:
    // unbudgeted, this sort takes about a minute of CPU; budgeted, it stops after 1 s.
    let state = try makeState(memoryMB: 192, timeoutMS: 1000)
    let started = ContinuousClock.now
    let error = errorOf(state, """
      local base = string.rep("\\0", 1 << 20)
      local t = {}
      for i = 1, 120 do t[i] = base .. string.format("%06d", (i * 7919) % 120) end
      table.sort(t)
      return #t
      """, chunk: "sort.lua")
    #expect(error?.kind == .timeout)
    // Stopped inside the sort (line 4), not at the next instruction once it is over (line 5).
    #expect(error?.chunk == "sort.lua")
    #expect(error?.line == 4)
    #expect(error?.traceback?.contains("table.sort") == true)
    #expect(ContinuousClock.now - started < .seconds(60))  // generous: the budget is 1 s
  }
}

@Suite("Budgeted table.sort behaves as Lua 5.4's own")
struct SortCorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/sort_corpus.lua")

  @Test("the corpus prints the same lines in Debian's lua5.4 and in the sandbox")
  func sameAsReferenceInterpreter() throws {
    try expectSameAsReferenceInterpreter(Self.corpus, minimumLines: 40)
  }
}
