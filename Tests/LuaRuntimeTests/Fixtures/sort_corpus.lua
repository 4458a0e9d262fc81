-- table.sort cases printed line by line; the sandbox's budgeted sort must print exactly
-- what Debian's lua5.4 prints.
local function show(t, n)
  local parts = {}
  for i = 1, n or #t do parts[#parts + 1] = tostring(t[i]) end
  return table.concat(parts, ",")
end

local function try(label, f)
  local ok, err = pcall(f)
  if ok then print(label, "ok") else print(label, (tostring(err):gsub("^[^:]*:%d+: ", ""))) end
end

local seed = 12345
local function rand(m)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % m
end

-- numbers of every size, with duplicates, and sorted/reversed inputs
for _, n in ipairs({ 0, 1, 2, 3, 4, 5, 7, 10, 33, 99, 100, 101, 257, 1000 }) do
  local t = {}
  for i = 1, n do t[i] = rand(50) end
  table.sort(t)
  print("ints", n, show(t))
  table.sort(t, function(a, b) return a > b end)
  print("desc", n, show(t))
  local r = {}
  for i = 1, n do r[i] = n - i end
  table.sort(r)
  print("rev", n, show(r))
end

-- floats, mixed integer/float, infinities
local f = { 3.5, -1, 2, 1 / 0, -1 / 0, 0.0, -0.0, 2.25, 7, 1e300, -1e-300 }
table.sort(f)
print("floats", show(f))

-- strings: Chinese, embedded NULs, prefixes
local s = { "学校", "医院", "社区", "局", "a", "A", "", "a\0b", "a\0a", "ab", "abc", "b", "\0", "z" }
table.sort(s)
local shown = {}
for i, v in ipairs(s) do shown[i] = (v:gsub("%z", "\\0")) end
print("strings", table.concat(shown, "|"))
table.sort(s, function(a, b) return #a < #b or (#a == #b and a > b) end)
shown = {}
for i, v in ipairs(s) do shown[i] = (v:gsub("%z", "\\0")) end
print("bylen", table.concat(shown, "|"))

-- records by a key, stable output via a tie-breaker
local recs = {}
for i = 1, 200 do recs[i] = { k = rand(10), id = i } end
table.sort(recs, function(a, b) if a.k ~= b.k then return a.k < b.k end return a.id < b.id end)
local ids = {}
for i = 1, 200 do ids[i] = recs[i].id end
print("records", table.concat(ids, ","))

-- __lt metamethods
local mt = { __lt = function(a, b) return a.v < b.v end }
local objs = {}
for i = 1, 50 do objs[i] = setmetatable({ v = rand(1000) * 1000 + i }, mt) end
table.sort(objs)
local vs = {}
for i = 1, 50 do vs[i] = objs[i].v end
print("meta", table.concat(vs, ","))

-- proxies with __index / __newindex / __len
local store = { 5, 3, 9, 1, 7 }
local proxy = setmetatable({}, {
  __index = function(_, k) return store[k] end,
  __newindex = function(_, k, v) store[k] = v end,
  __len = function() return #store end,
})
table.sort(proxy)
print("proxy", show(store))

-- errors
try("mixed", function() table.sort({ 1, "x", 2 }) end)
try("tables", function() table.sort({ {}, {} , {} }) end)
try("badcmp", function() table.sort({ 3, 1, 2 }, 42) end)
try("nottable", function() table.sort("abc") end)
try("noarg", function() table.sort() end)
try("cmperr", function() table.sort({ 3, 2, 1 }, function() error("boom") end) end)
try("invalid", function()
  local t = {}
  for i = 1, 300 do t[i] = rand(10) end
  table.sort(t, function() return true end)
end)
try("invalid2", function()
  local t = {}
  for i = 1, 50 do t[i] = i end
  table.sort(t, function(a, b) return a <= b end)
end)
try("toobig", function()
  table.sort(setmetatable({}, { __len = function() return math.maxinteger end, __index = function() return 1 end,
    __newindex = function() end }))
end)
try("nil hole", function() table.sort({ 1, nil, 3 }) end)
try("one", function() table.sort({ "only" }) end)
try("empty", function() table.sort({}) end)
try("nilcmp", function() local t = { 2, 1 } table.sort(t, nil) print("nilcmp", show(t)) end)
print("done")
