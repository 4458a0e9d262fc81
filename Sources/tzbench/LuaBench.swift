import ArgumentParser
import Foundation
import LuaRuntime

/// `tzbench lua`: the cost of calls across the Swift/Lua boundary and of the limits.
struct LuaBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lua", abstract: "Measure calls from Lua into Swift and the cost of the limits.")

  @Option(help: "Calls per measurement.") var calls = 5_000_000
  @Option(help: "Repetitions; the best is kept.") var repeats = 5
  @Option(help: "Debian's reference interpreter.") var reference = "/usr/bin/lua5.4"

  static let callLoop = """
    local f, n = ...
    local clock = os.clock
    local start = clock()
    for i = 1, n do f(i) end
    return clock() - start
    """

  /// A Lua-heavy workload: recursion, table writes, string keys, arithmetic.
  static let workload = """
    local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
    local t = {}
    for i = 1, 200000 do t[i] = i * 2 end
    local s = 0
    for _, v in ipairs(t) do s = s + v % 7 end
    local m = {}
    for i = 1, 50000 do m["k" .. (i % 1000)] = (m["k" .. (i % 1000)] or 0) + 1 end
    return fib(25) + s
    """

  func run() throws {
    let free = LuaLimits(memoryBytes: nil, timeout: nil)
    let capped = LuaLimits(memoryBytes: 512 << 20, timeout: .seconds(600))

    let state = try LuaState(limits: free)
    let swiftFunction = state.function("identity") { call in call.push(try call.integer(1)) }
    let luaFunction = try state.run(code: "return function(x) return x end")[0]
    let builtin = try state.run(code: "return math.abs")[0]
    let loop = try state.compile(code: Self.callLoop, chunkName: "loop")

    func perCall(_ f: LuaValue) throws -> Double {
      try (0..<repeats).map { _ in
        try loop.call([f, .integer(Int64(calls))])[0].numberValue! / Double(calls) * 1e9
      }.min()!
    }
    let swiftNs = try perCall(.function(swiftFunction))
    let luaNs = try perCall(luaFunction)
    let builtinNs = try perCall(builtin)
    let referenceNs = try referenceBuiltinCall()

    row("Swift function called from Lua", String(format: "%.1f ns", swiftNs), "")
    row("Lua function called from Lua", String(format: "%.1f ns", luaNs), "")
    row("math.abs in taizhang's state", String(format: "%.1f ns", builtinNs), "")
    row("math.abs in Debian's lua5.4", String(format: "%.1f ns", referenceNs), "")
    row("Swift call / lua5.4 builtin call", String(format: "%.2f×", swiftNs / referenceNs), "≤ 1.5×")

    let off = try best { try LuaState(limits: free) }
    let on = try best { try LuaState(limits: capped) }
    row("Lua workload, limits off", String(format: "%.1f ms", off * 1e3), "")
    row("Lua workload, limits on", String(format: "%.1f ms", on * 1e3), "")
    row("limits on / limits off", String(format: "%.2f×", on / off), "≤ 1.2×")
  }

  /// The fastest of `repeats` runs of the workload in a fresh state, in seconds.
  func best(_ make: () throws -> LuaState) throws -> Double {
    try (0..<repeats).map { _ in
      let state = try make()
      let clock = ContinuousClock()
      let elapsed = try clock.measure { try state.run(code: Self.workload) }
      return Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
    }.min()!
  }

  /// ns per call of math.abs in the reference interpreter, the same loop, best of repeats.
  func referenceBuiltinCall() throws -> Double {
    let script = """
      local loop = load([[\(Self.callLoop)]])
      local best = math.huge
      for _ = 1, \(repeats) do best = math.min(best, loop(math.abs, \(calls))) end
      print(best / \(calls) * 1e9)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: reference)
    process.arguments = ["-e", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard let ns = Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw ValidationError("\(reference) printed \(output)")
    }
    return ns
  }
}
