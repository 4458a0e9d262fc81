import LuaRuntime

/// A script that tries to escape or exhaust the sandbox, and the error kinds that show it
/// was contained.
struct HostileScript: Sendable, CustomStringConvertible {
  let name: String
  let code: String
  let kinds: Set<LuaError.Kind>
  /// Memory bombs get a long budget so that the cap, not the clock, stops them on any machine.
  var timeoutMS = 200
  var description: String { name }
}

let hostileScripts: [HostileScript] = [
  // Reaching the outside world.
  .init(name: "io.open", code: "return io.open('/etc/passwd')", kinds: [.sandbox]),
  .init(name: "io.popen", code: "return io.popen('id'):read('a')", kinds: [.sandbox]),
  .init(name: "os.execute", code: "return os.execute('touch /tmp/pwned')", kinds: [.sandbox]),
  .init(name: "os.exit", code: "os.exit(3)", kinds: [.sandbox]),
  .init(name: "os.getenv", code: "return os.getenv('HOME')", kinds: [.sandbox]),
  .init(name: "os.remove", code: "return os.remove('/tmp/x')", kinds: [.sandbox]),
  .init(name: "os.setlocale", code: "return os.setlocale('C')", kinds: [.sandbox]),
  .init(name: "package.loadlib", code: "return package.loadlib('libc.so.6', 'system')", kinds: [.sandbox]),
  .init(name: "dofile", code: "return dofile('/etc/passwd')", kinds: [.sandbox]),
  .init(name: "loadfile", code: "return loadfile('/etc/passwd')", kinds: [.sandbox]),
  .init(name: "require outside the root", code: "local m = require('../../etc/passwd')", kinds: [.sandbox]),
  // Bytecode and the debug library.
  .init(name: "string.dump", code: "return load(string.dump(function() end))", kinds: [.sandbox]),
  .init(name: "string.dump as a method", code: "return ('x').dump(print)", kinds: [.sandbox]),
  .init(name: "binary chunk text", code: #"local f = load("\27Lua\84\0")"#, kinds: [.sandbox]),
  .init(name: "binary mode", code: "local f = load('return 1', 'x', 'b')", kinds: [.sandbox]),
  .init(name: "debug.getregistry", code: "return debug.getregistry()", kinds: [.sandbox]),
  .init(name: "debug.sethook", code: "debug.sethook(function() end, '', 1)", kinds: [.sandbox]),
  .init(name: "debug.getupvalue", code: "return debug.getupvalue(require, 1)", kinds: [.sandbox]),
  // Metatables.
  .init(name: "read the string metatable", code: "return getmetatable('').__index", kinds: [.sandbox]),
  .init(name: "write the string metatable", code: "getmetatable('').__index = {}", kinds: [.sandbox]),
  .init(name: "unlock the globals", code: "setmetatable(_G, nil)", kinds: [.runtime]),
  .init(name: "stop the collector", code: "collectgarbage('stop')", kinds: [.sandbox]),
  .init(name: "__index loop", code: "local t = {} setmetatable(t, {__index = t}) return t.x", kinds: [.runtime]),
  // Time.
  .init(name: "endless loop", code: "while true do end", kinds: [.timeout]),
  .init(name: "pcall swallows the timeout", code: """
    while true do pcall(function() while true do end end) end
    """, kinds: [.timeout]),
  .init(name: "xpcall handler loops", code: """
    while true do xpcall(function() while true do end end, function() while true do end end) end
    """, kinds: [.timeout]),
  .init(name: "loop in a coroutine", code: """
    local co = coroutine.wrap(function() while true do end end)
    co()
    """, kinds: [.timeout]),
  .init(name: "coroutine made earlier, pcall around resume", code: """
    local co = coroutine.create(function() while true do coroutine.yield() end end)
    while true do pcall(coroutine.resume, co) end
    """, kinds: [.timeout]),
  .init(name: "endless tail calls", code: "local function f() return f() end return f()", kinds: [.timeout]),
  .init(name: "__gc finalizer loops", code: """
    setmetatable({}, {__gc = function() while true do end end})
    collectgarbage()
    """, kinds: [.sandbox]),
  .init(name: "__gc added after setmetatable", code: """
    local mt = {}
    setmetatable({}, mt)
    mt.__gc = function() while true do end end
    collectgarbage()
    collectgarbage()
    while true do end
    """, kinds: [.timeout]),
  .init(name: "__tostring loops", code: """
    return tostring(setmetatable({}, {__tostring = function() while true do end end}))
    """, kinds: [.timeout]),
  .init(name: "table.move over a trillion slots", code: "table.move({}, 1, 1e15, 2)", kinds: [.timeout]),
  .init(name: "table.insert under a fake length", code: """
    table.insert(setmetatable({}, {__len = function() return 1e15 end}), 1, 0)
    """, kinds: [.timeout]),
  .init(name: "table.remove under a fake length", code: """
    table.remove(setmetatable({}, {__len = function() return 1e15 end}), 1)
    """, kinds: [.timeout]),
  .init(name: "endless load reader", code: "local f = load(function() return 'x = 1 ' end) return f", kinds: [.timeout, .memory]),
  .init(name: "backtracking pattern bomb", code: """
    local found = string.find(string.rep("a", 30000), ".-.-.-.-b")
    """, kinds: [.timeout]),
  .init(name: "pattern bomb through gsub", code: """
    local s = ("a"):rep(20000) s = s:gsub("a-a-a-a-b", "x")
    """, kinds: [.timeout]),
  .init(name: "pattern bomb through gmatch", code: """
    for w in ("("):rep(50000):gmatch("%b()") do end
    local n = 0 for w in ("x"):rep(30000):gmatch(".-.-.-y") do n = n + 1 end
    """, kinds: [.timeout]),
  .init(name: "string.rep of nothing, a trillion times", code: """
    local s = string.rep("", 1e15) .. string.rep("", 1e15, "")
    while true do end
    """, kinds: [.timeout]),
  // Recursion and memory.
  .init(name: "runaway recursion", code: "local function f(n) return 1 + f(n + 1) end return f(1)", kinds: [.runtime, .memory], timeoutMS: 5000),
  .init(name: "table bomb", code: "local t = {} while true do t[#t + 1] = {} end", kinds: [.memory], timeoutMS: 5000),
  .init(name: "string doubling", code: "local s = 'x' while true do s = s .. s end", kinds: [.memory], timeoutMS: 5000),
  .init(name: "one huge string.rep", code: "return string.rep('x', 1e9)", kinds: [.memory], timeoutMS: 5000),
  .init(name: "memory bomb with pcall around it", code: """
    local keep = {}
    while true do pcall(function() keep[#keep + 1] = ('x'):rep(1e6) end) end
    """, kinds: [.memory, .timeout]),
  .init(name: "memory bomb in a coroutine", code: """
    coroutine.wrap(function() local t = {} while true do t[#t + 1] = ('y'):rep(4096) .. #t end end)()
    """, kinds: [.memory], timeoutMS: 5000),
]
