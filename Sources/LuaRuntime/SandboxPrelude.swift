/// The Lua half of the sandbox, run once per state before any plugin code. It receives the
/// host's `print` and module reader, and leaves only the plugin-facing globals reachable:
/// the real library tables survive only as upvalues of these functions, and the `debug`
/// library (which could reach upvalues) is cut down to `traceback`.
let sandboxPrelude = #"""
local host_print, module_source, budget_spent = ...
local G = _G
local error, type, tostring, select, setmetatable, getmetatable, pairs, pcall =
  error, type, tostring, select, setmetatable, getmetatable, pairs, pcall
local raw_load, raw_collect = load, collectgarbage
local string_lib, table_concat, raw_getmetatable = string, table.concat, debug.getmetatable

local function deny(what, level)
  error("sandbox: " .. what .. " is not available to plugins", level + 1)
end

-- A copy of a library without the removed members; asking for one of those is a sandbox
-- violation rather than a silent nil.
local function restricted(lib, name, removed)
  local copy = {}
  for key, value in pairs(lib) do
    if not removed[key] then copy[key] = value end
  end
  return setmetatable(copy, {
    __index = function(_, key)
      if removed[key] then deny(name .. "." .. key, 2) end
    end,
    __metatable = false,
  })
end

local function all_except(lib, kept)
  local removed = {}
  for key in pairs(lib) do
    if not kept[key] then removed[key] = true end
  end
  return removed
end

local no_dump = { dump = true }
G.string = restricted(string_lib, "string", no_dump)
G.os = restricted(os, "os", {
  execute = true, exit = true, getenv = true, remove = true, rename = true,
  tmpname = true, setlocale = true,
})
G.debug = restricted(debug, "debug", all_except(debug, { traceback = true }))

-- Strings find their methods through a private copy; the metatable itself is locked.
local string_meta = getmetatable("")
string_meta.__index = restricted(string_lib, "string", no_dump)
string_meta.__metatable = setmetatable({}, {
  __index = function() deny("the string metatable", 2) end,
  __newindex = function() deny("changing the string metatable", 2) end,
  __metatable = false,
})

function G.load(chunk, chunkname, mode, env)
  if type(mode) == "string" and mode ~= "t" then deny("loading binary chunks", 2) end
  if type(chunk) == "string" and chunk:byte(1) == 27 then deny("loading binary chunks", 2) end
  if env == nil then env = G end
  return raw_load(chunk, chunkname, "t", env)
end

-- Finalizers run with debug hooks off, where no time budget could stop them: a table
-- may not get a metatable with __gc (setting the field later has no effect in Lua 5.4).
-- The checks Lua's own setmetatable makes are repeated here so that its messages point
-- at the caller, not at this file.
local raw_setmetatable, rawget = setmetatable, rawget
function G.setmetatable(t, mt)
  if type(t) ~= "table" then
    error("bad argument #1 to 'setmetatable' (table expected, got "
      .. (t == nil and "no value" or type(t)) .. ")", 2)
  end
  if mt ~= nil and type(mt) ~= "table" then
    error("bad argument #2 to 'setmetatable' (nil or table expected)", 2)
  end
  local old = raw_getmetatable(t)
  if old ~= nil and rawget(old, "__metatable") ~= nil then
    error("cannot change a protected metatable", 2)
  end
  if mt ~= nil and rawget(mt, "__gc") ~= nil then deny("__gc finalizers", 2) end
  return raw_setmetatable(t, mt)
end

-- After a timeout is raised from the hook, Lua runs xpcall's message handler with hooks
-- still off; a handler that loops would never stop. Once the budget is spent the
-- handler is skipped and the error passes through unchanged.
local raw_xpcall = xpcall
function G.xpcall(f, handler, ...)
  return raw_xpcall(f, function(e)
    if budget_spent() then return e end
    return handler(e)
  end, ...)
end

-- coroutine.wrap resumes through the tracked coroutine.resume (see budget.c), so the
-- time budget can stop a loop inside a wrapped coroutine too.
local co_create, co_resume, co_close = coroutine.create, coroutine.resume, coroutine.close
local pack, unpack = table.pack, table.unpack
function coroutine.wrap(f)
  local co = co_create(f)
  return function(...)
    local results = pack(co_resume(co, ...))
    if results[1] then return unpack(results, 2, results.n) end
    local e = results[2]
    co_close(co)
    if type(e) == "string" then error(e, 2) end
    error(e, 0)
  end
end

local gc_allowed = { collect = true, count = true, step = true, isrunning = true }
function G.collectgarbage(option, ...)
  if option == nil then option = "collect" end
  if not gc_allowed[option] then deny('collectgarbage("' .. tostring(option) .. '")', 2) end
  return raw_collect(option, ...)
end

function G.print(...)
  local n = select("#", ...)
  local parts = { ... }
  for i = 1, n do parts[i] = tostring(parts[i]) end
  host_print(table_concat(parts, "\t", 1, n))
end

local loaded, loading = {}, {}
function G.require(name)
  if type(name) ~= "string" then
    error("bad argument #1 to 'require' (string expected, got "
      .. (name == nil and "no value" or type(name)) .. ")", 2)
  end
  local value = loaded[name]
  if value ~= nil then return value end
  if loading[name] then error("module '" .. name .. "' requires itself while loading", 2) end
  local found, source, chunk = pcall(module_source, name)
  if not found then error((source:gsub("^%[sandbox%]:%d+: ", "")), 2) end
  local fn, message = raw_load(source, "@" .. chunk, "t", G)
  if not fn then error(message, 0) end
  loading[name] = true
  local ok, result = pcall(fn, name, chunk)
  loading[name] = nil
  if not ok then error(result, 0) end
  if result == nil then result = true end
  loaded[name] = result
  return result
end

G.dofile, G.loadfile = nil, nil
local denied_globals = {
  io = "the io library", dofile = "dofile", loadfile = "loadfile",
  package = "the package library",
}
setmetatable(G, {
  __index = function(_, key)
    local what = denied_globals[key]
    if what then deny(what, 2) end
  end,
  __metatable = false,
})
"""#
