-- Driver of the differential test of taizhang's budgeted pattern functions (global `tz`,
-- set up by patterns-harness.c) against Lua 5.4's own string.find/match/gmatch/gsub.
-- Usage: patterns-harness patterns-diff.lua CORPUS.lua ITERATIONS SEED
local corpus_path, iterations, seed = arg[1], tonumber(arg[2] or "20000"), tonumber(arg[3] or "1")
local real = {
  find = string.find, match = string.match, gmatch = string.gmatch, gsub = string.gsub,
}
local failures = 0

local function report(what, a, b)
  failures = failures + 1
  if failures <= 20 then
    print("MISMATCH " .. what)
    print("  lua5.4: " .. a)
    print("  ours:   " .. b)
  end
end

-- 1. The corpus, run once with each implementation; its printed lines must be identical.
local function run_corpus(lib)
  local lines = {}
  local saved_print = print
  for k, f in pairs(lib) do string[k] = f end
  print = function(...)
    local parts = table.pack(...)
    for i = 1, parts.n do parts[i] = tostring(parts[i]) end
    lines[#lines + 1] = table.concat(parts, "\t", 1, parts.n)
  end
  local ok, err = pcall(dofile, corpus_path)
  print = saved_print
  for k, f in pairs(real) do string[k] = f end
  if not ok then lines[#lines + 1] = "CORPUS ERROR " .. tostring(err) end
  return lines
end

local expected, got = run_corpus(real), run_corpus(tz)
local corpus_bad = 0
for i = 1, math.max(#expected, #got) do
  if expected[i] ~= got[i] then
    corpus_bad = corpus_bad + 1
    report("corpus line " .. i, tostring(expected[i]), tostring(got[i]))
  end
end
print(string.format("corpus: %d lines, %d differ", #expected, corpus_bad))

-- 2. Random fuzzing.
math.randomseed(seed)
local R = math.random
local function pick(t) return t[R(#t)] end

local subject_chars = {
  "a", "a", "b", "b", "c", "A", "1", "2", " ", "(", ")", "[", "]", "%", ".", "-", "^", "$",
  "\0", "\n", "中", "文", "\xe4", "\x80",
}
local literals = { "a", "b", "c", "A", "1", " ", "中", "\xe4", "x" }
local classes = {
  ".", "%a", "%A", "%c", "%C", "%d", "%D", "%g", "%G", "%l", "%L", "%p", "%P", "%s", "%S",
  "%u", "%U", "%w", "%W", "%x", "%X", "%.", "%%", "%(", "%)", "%[", "%-", "%z", "%^",
}
local sets = {
  "[abc]", "[^a]", "[a-c]", "[^a-c%d]", "[%a_]", "[]]", "[^]]", "[a-]", "[-a]", "[%]]",
  "[%w%s]", "[中]", "[\x80-\xff]", "[%%]", "[.]", "[^%s]", "[b-a]", "[a%-c]",
}
local broken = {
  "%", "[a", "[^", "[%", "(", ")", "%f", "%fa", "%b", "%ba", "%0", "%2", "%9", "[]", "[^]",
  "((", "))", "%f[a", "(()",
}

local function gen_item(depth)
  local r = R(100)
  if r <= 30 then return pick(literals)
  elseif r <= 50 then return pick(classes)
  elseif r <= 62 then return pick(sets)
  elseif r <= 72 and depth < 3 then
    local inner = {}
    for _ = 1, R(0, 3) do inner[#inner + 1] = gen_item(depth + 1) end
    return "(" .. table.concat(inner) .. ")"
  elseif r <= 75 then return "()"
  elseif r <= 79 then return pick({ "%b()", "%bab", "%b[]", "%b%%", "%baa" })
  elseif r <= 83 then return "%f" .. pick(sets)
  elseif r <= 88 then return "%" .. R(1, 3)
  elseif r <= 91 then return pick(broken)
  else return pick(literals) end
end

local function gen_pattern()
  local parts = {}
  if R(5) == 1 then parts[1] = "^" end
  for _ = 1, R(0, 5) do
    local item = gen_item(0)
    if R(3) == 1 and not item:find("^[(%%]") then item = item .. pick({ "*", "+", "-", "?" }) end
    parts[#parts + 1] = item
  end
  if R(6) == 1 then parts[#parts + 1] = "$" end
  return table.concat(parts)
end

local function gen_subject()
  local parts = {}
  for _ = 1, (R(4) == 1) and R(0, 24) or R(0, 12) do parts[#parts + 1] = pick(subject_chars) end
  return table.concat(parts)
end

local function gen_init()
  local r = R(10)
  if r <= 5 then return nil end
  if r == 6 then return pick({ math.mininteger, math.maxinteger, 0, -1, 100 }) end
  return R(-15, 15)
end

local function ser(...)
  local n = select("#", ...)
  local out = {}
  for i = 1, n do
    local v = select(i, ...)
    local t = type(v)
    if t == "string" then out[i] = string.format("%q", v)
    elseif t == "number" then out[i] = math.type(v) .. ":" .. tostring(v)
    else out[i] = tostring(v) end
  end
  return n .. "[" .. table.concat(out, ",") .. "]"
end

local function protect(f)
  local r = table.pack(pcall(f))
  if r[1] then return "ok " .. ser(table.unpack(r, 2, r.n)) end
  return "error " .. tostring(r[2])
end

local repl_table = { a = "A", b = false, ["中"] = "Z", ["1"] = 7, [""] = "E", c = {} }
local function repl_fn(x, y)
  if x == "b" then return nil end
  if x == "c" then return false end
  if x == "A" then return {} end
  return "<" .. tostring(x) .. "|" .. tostring(y) .. ">"
end
local templates = { "<%0>", "%1-%2", "%%", "x%", "%a", "[%1]", "", "%3", 5, 2.5 }

local function gen_call()
  local s, p, init = gen_subject(), gen_pattern(), gen_init()
  local op = R(4)
  if op == 1 then
    local plain = ({ nil, true, false })[R(3)]
    return string.format("find(%q,%q,%s,%s)", s, p, tostring(init), tostring(plain)),
      function(lib) return lib.find(s, p, init, plain) end
  elseif op == 2 then
    return string.format("match(%q,%q,%s)", s, p, tostring(init)),
      function(lib) return lib.match(s, p, init) end
  elseif op == 3 then
    return string.format("gmatch(%q,%q,%s)", s, p, tostring(init)),
      function(lib)
        local out = {}
        for a, b in lib.gmatch(s, p, init) do
          out[#out + 1] = ser(a, b)
          if #out > 40 then break end
        end
        return table.concat(out, ";")
      end
  else
    local kind, repl = R(3), nil
    if kind == 1 then repl = pick(templates)
    elseif kind == 2 then repl = repl_table
    else repl = repl_fn end
    local n = (R(4) == 1) and R(-1, 3) or nil
    return string.format("gsub(%q,%q,%s,%s)", s, p, type(repl) == "string"
      and string.format("%q", repl) or tostring(type(repl)), tostring(n)),
      function(lib) return lib.gsub(s, p, repl, n) end
  end
end

local fuzz_bad, errors_seen, found = 0, 0, 0
for _ = 1, iterations do
  local desc, call = gen_call()
  local a = protect(function() return call(real) end)
  local b = protect(function() return call(tz) end)
  if a:sub(1, 5) == "error" then errors_seen = errors_seen + 1
  elseif a ~= "ok 1[nil]" and a ~= 'ok 1[""]' then found = found + 1 end
  if a ~= b then
    fuzz_bad = fuzz_bad + 1
    report(desc, a, b)
  end
end
print(string.format("fuzz: %d iterations (%d found something, %d raised errors), %d differ,"
  .. " seed %d", iterations, found, errors_seen, fuzz_bad, seed))

-- 3. The budget: pathological patterns must stop once the step budget is spent.
local budget_bad = 0
local pathological = {
  function(lib) return lib.find(string.rep("a", 30000), ".-.-.-.-b") end,
  function(lib) return lib.match(string.rep("a", 30000), "(a*)(a*)(a*)b") end,
  function(lib) return lib.gsub(string.rep("a", 3000), "a-a-a-b", "") end,
  function(lib) return lib.find(string.rep("(", 30000), "%b()") end,
  function(lib)
    for _ in lib.gmatch(string.rep("x", 30000), "x-x-x-y") do end
  end,
  function(lib)
    return lib.find(string.rep("a", 300000), string.rep("a", 150000) .. "b", 1, true)
  end,
  function(lib) return lib.find(string.rep("b", 30000), "[" .. string.rep("a", 30000) .. "]") end,
}
for i, f in ipairs(pathological) do
  tz_budget(2000)  -- about two million steps
  local ok, err = pcall(f, tz)
  local checks = tz_budget(0)
  if ok or not tostring(err):find("time limit exceeded", 1, true) then
    budget_bad = budget_bad + 1
    report("pathological case " .. i, "time limit exceeded", tostring(ok) .. " " .. tostring(err))
  else
    print(string.format("pathological case %d stopped after %d clock checks", i, checks))
  end
end

if failures > 0 then
  print(string.format("FAILED: %d mismatches", failures))
  os.exit(1)
end
print("all agree")
