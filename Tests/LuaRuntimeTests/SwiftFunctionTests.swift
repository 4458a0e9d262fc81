import LuaRuntime
import Testing

struct Refusal: Error, CustomStringConvertible {
  var description: String { "日期格式不对：2026-13-01" }
}

@Suite("Swift functions called from Lua")
struct SwiftFunctionTests {
  func stateWithAPI() throws -> LuaState {
    let state = try makeState()
    state.register("tz.cal.add_workdays") { call in
      let date = try call.string(1)
      let days = try call.integer(2)
      call.push("\(date)+\(days)")
    }
    state.register("tz.refuse") { _ in throw Refusal() }
    state.register("tz.pair") { call in
      call.push(try call.number(1) * 2)
      call.push(try call.table(2)["名称"])
    }
    return state
  }

  @Test("arguments are read with their types and results returned")
  func callAndReturn() throws {
    let state = try stateWithAPI()
    #expect(try state.run(code: "return tz.cal.add_workdays('2026-10-09', 3)")
      == [.string("2026-10-09+3")])
    #expect(try state.run(code: "return tz.pair(1.25, {['名称'] = '卫生院'})") == [.number(2.5), .string("卫生院")])
    // A float with an exact integer value counts as an integer, as in Lua.
    #expect(try state.run(code: "return tz.cal.add_workdays('d', 2.0)") == [.string("d+2")])
  }

  @Test("a wrong argument gives Lua's own message with the caller's position")
  func badArguments() throws {
    let state = try stateWithAPI()
    let error = try #require(errorOf(state, "\n\nreturn tz.cal.add_workdays('2026-10-09', 'three')",
      chunk: "Plugins/school/checklists/study.lua"))
    #expect(error.kind == .runtime)
    #expect(error.chunk == "Plugins/school/checklists/study.lua")
    #expect(error.line == 3)
    #expect(error.message == "bad argument #2 to 'tz.cal.add_workdays' (integer expected, got string)")

    let missing = try #require(errorOf(state, "return tz.cal.add_workdays('x')"))
    #expect(missing.message == "bad argument #2 to 'tz.cal.add_workdays' (integer expected, got no value)")
    let fraction = try #require(errorOf(state, "return tz.cal.add_workdays('x', 1.5)"))
    #expect(fraction.message == "bad argument #2 to 'tz.cal.add_workdays' (number has no integer representation)")
    let table = try #require(errorOf(state, "return tz.pair(1, 'x')"))
    #expect(table.message == "bad argument #2 to 'tz.pair' (table expected, got string)")
  }

  @Test("a thrown Swift error becomes a clean Lua error that pcall can catch")
  func thrownErrors() throws {
    let state = try stateWithAPI()
    let error = try #require(errorOf(state, "tz.refuse()", chunk: "a.lua"))
    #expect(error.description == "a.lua:1: 日期格式不对：2026-13-01")
    let caught = try state.run(
      code: "local ok, e = pcall(function() tz.refuse() end) return ok, e", chunkName: "b.lua")
    #expect(caught == [.boolean(false), .string("b.lua:1: 日期格式不对：2026-13-01")])
  }

  @Test("Swift can call back into Lua from inside a Swift function")
  func reentrancy() throws {
    let state = try makeState()
    state.register("apply") { call in
      let f = try call.function(1)
      let results = try f.call([try call.value(2)])
      call.push(results.first ?? .nil)
    }
    #expect(try state.run(code: "return apply(function(x) return x * 10 end, 4)") == [.integer(40)])
    // An error inside the callback travels out through Swift with its position intact.
    let error = try #require(errorOf(state, "return apply(function(x) error('坏了') end, 1)", chunk: "c.lua"))
    #expect(error.description == "c.lua:1: 坏了")
  }

  @Test("a callback that loops forever is stopped by the outer call's budget")
  func reentrantTimeout() throws {
    let state = try makeState(timeoutMS: 200)
    state.register("apply") { call in
      _ = try call.function(1).call()
    }
    let error = try #require(errorOf(state, "apply(function() while true do end end)"))
    #expect(error.kind == .timeout)
  }
}
