import LuaRuntime
import Testing

@Suite("Memory cap and time budget")
struct LimitsTests {
  @Test("the memory cap stops growth; the state recovers when the memory is released")
  func memoryCap() throws {
    let state = try makeState(memoryMB: 8)
    let error = try #require(errorOf(state, "big = {} for i = 1, 1e8 do big[i] = i end"))
    #expect(error.kind == .memory)
    #expect(error.message == "memory limit exceeded (8 MB)")
    #expect(state.peakMemory <= 8 << 20)
    try state.run(code: "big = nil collectgarbage()")
    #expect(state.memoryInUse < 1 << 20)
    #expect(try state.run(code: "return #('x'):rep(1000)") == [.integer(1000)])
  }

  @Test("a plugin may catch a memory error and go on")
  func memoryErrorCaught() throws {
    let state = try makeState(memoryMB: 8)
    let results = try state.run(code: """
      local ok, message = pcall(string.rep, 'x', 64 * 1024 * 1024)
      return ok, message
      """)
    #expect(results == [.boolean(false), .string("not enough memory")])
  }

  @Test("every call gets a fresh budget")
  func budgetPerCall() throws {
    let state = try makeState(timeoutMS: 200)
    #expect(errorOf(state, "while true do end")?.kind == .timeout)
    // The next call starts over and can finish.
    #expect(try state.run(code: "local n = 0 for i = 1, 1000 do n = n + i end return n") == [.integer(500500)])
    let f = try state.compile(code: "return 'ok'", chunkName: "f")
    #expect(try f.call() == [.string("ok")])
  }

  @Test("without limits nothing is enforced")
  func noLimits() throws {
    let state = try LuaState(limits: .none)
    #expect(try state.run(code: "return #('x'):rep(100 * 1024 * 1024)") == [.integer(100 << 20)])
  }

  @Test("10,000 errors raised through Swift functions leave memory flat and run Swift cleanup")
  func errorsDoNotLeak() throws {
    let counter = Counter()
    weak var weakWitness: Witness?
    do {
      let witness = Witness(counter)
      weakWitness = witness
      let state = try makeState()
      state.register("fail") { [witness] call in
        // A Swift object alive while the error is thrown: its deinit must run every time,
        // which it would not if an error unwound this frame with longjmp.
        let temporary = Witness(counter)
        _ = (witness, temporary)
        throw call.argumentError(1, "会失败的参数 \(try call.integer(1))")
      }
      let loop = try state.compile(code: """
        local n = 0
        for i = 1, 1000 do if not pcall(fail, i) then n = n + 1 end end
        return n
        """, chunkName: "loop")
      let direct = try state.compile(code: "fail(...)", chunkName: "direct")
      func round() throws {
        #expect(try loop.call() == [.integer(1000)])
        for i in 0..<1000 { _ = try? direct.call([.integer(Int64(i))]) }
      }
      try round()  // warm up caches and interned strings
      state.collectGarbage()
      let luaBefore = state.memoryInUse
      for _ in 0..<5 { try round() }  // 10,000 errors
      state.collectGarbage()
      #expect(state.memoryInUse - luaBefore < 64 * 1024)
      #expect(counter.released == 12_000)
    }
    // Nothing kept the closure's captures alive once the state was gone.
    #expect(weakWitness == nil)
  }
}

/// Counts Witness deinitialisations.
final class Counter {
  var released = 0
}

/// An object whose deinit is counted.
final class Witness {
  let counter: Counter
  init(_ counter: Counter) { self.counter = counter }
  deinit { counter.released += 1 }
}

@Suite("Budgets of nested states")
struct NestedBudgetTests {
  @Test("an outer state's deadline passing while an inner state runs still stops the outer code")
  func outerExpiresDuringInner() throws {
    let outer = try makeState(timeoutMS: 200)
    let inner = try makeState(timeoutMS: 5000)
    let busy = try inner.compile(code: "local t = os.clock() while os.clock() - t < 0.4 do end", chunkName: "inner")
    outer.register("work_elsewhere") { _ in try busy.call() }
    let error = try #require(errorOf(outer, "work_elsewhere()\nwhile true do end"))
    #expect(error.kind == .timeout)
  }
}
