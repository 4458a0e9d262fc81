-- Corpus of Lua 5.4 pattern-matching cases (string.find, match, gmatch, gsub).
--
-- Runs unchanged in Debian's lua5.4 and in taizhang's sandbox, whose string functions are the
-- budgeted replacements of Sources/CLuaSandbox/patterns.c; both runs must print the same
-- lines. Uses only the string, table, math and utf8 libraries and print; every call runs in
-- pcall, one line per case: "label -> ok <results>" or "label -> error <message>", with the
-- message's "chunk:line:" prefix removed. Expected behaviour: Lua 5.4 manual §6.4, §6.4.1.

local count = 0

-- A string in double quotes: printable ASCII as-is, other bytes as \ddd, except that the
-- bytes of valid UTF-8 text beyond ASCII (Chinese) are kept; one line whatever it holds.
local function show_string(s)
  local keep_high = utf8.len(s) ~= nil
  local out = {}
  for i = 1, #s do
    local b = s:byte(i)
    if b == 34 or b == 92 then out[#out + 1] = "\\" .. string.char(b)
    elseif (b >= 32 and b < 127) or (b >= 128 and keep_high) then out[#out + 1] = string.char(b)
    else out[#out + 1] = "\\" .. b end
  end
  return '"' .. table.concat(out) .. '"'
end

local function show(v)
  if type(v) == "string" then return show_string(v) end
  if type(v) == "number" then return math.type(v) .. " " .. tostring(v) end
  if type(v) == "table" or type(v) == "function" then return type(v) end
  return tostring(v)
end

local function show_all(t, first, last)
  local parts = {}
  for i = first, last do parts[#parts + 1] = show(t[i]) end
  return "(" .. table.concat(parts, ", ") .. ")"
end

local function strip_position(msg)
  if type(msg) ~= "string" then return show(msg) end
  return (msg:gsub("^[^\n]-:%d+: ", "", 1))
end

-- Runs f in pcall and prints one line for it.
local function case(label, f)
  count = count + 1
  local r = table.pack(pcall(f))
  if r[1] then
    print(count .. " " .. label .. " -> ok " .. show_all(r, 2, r.n))
  else
    print(count .. " " .. label .. " -> error " .. strip_position(r[2]))
  end
end

-- Collects every result of a gmatch loop (at most 50 iterations).
local function all_of(iterator)
  local rows = {}
  while #rows < 50 do
    local r = table.pack(iterator())
    if r[1] == nil then break end
    rows[#rows + 1] = show_all(r, 1, r.n)
  end
  return table.concat(rows, " ")
end

-- One case per call; the label shows the arguments. Each helper names its function
-- directly (string.find, ...), so that "bad argument ... to 'find'" names it the same way
-- in every interpreter.
local function find(...)
  local a = table.pack(...)
  case("find" .. show_all(a, 1, a.n), function() return string.find(table.unpack(a, 1, a.n)) end)
end
local function match(...)
  local a = table.pack(...)
  case("match" .. show_all(a, 1, a.n), function() return string.match(table.unpack(a, 1, a.n)) end)
end
local function gmatch(...)
  local a = table.pack(...)
  case("gmatch" .. show_all(a, 1, a.n),
    function() return all_of(string.gmatch(table.unpack(a, 1, a.n))) end)
end
local function gsub(...)
  local a = table.pack(...)
  case("gsub" .. show_all(a, 1, a.n), function() return string.gsub(table.unpack(a, 1, a.n)) end)
end

-- Plain search and the init argument.
find("hello world", "o")
find("hello world", "o", 6)
find("hello world", "o", -3)
find("hello world", "o", -100)
find("hello world", "o", 0)
find("hello world", "l", math.mininteger)
find("hello world", "d", 11)
find("hello world", "d", 12)
find("hello world", "", 12)
find("hello world", "", 13)
find("hello world", "x", math.maxinteger)
find("", "")
find("", "", 1)
find("", "", 2)
find("abc", "", 2)
find("a.b", ".", 1, true)
find("a+b", "+", 1, true)
find("a%b", "%", 1, true)
find("a[b", "[", 1, true)
find("a(b", "(", 2, true)
find("a.b", ".", 1, false)
find("a.b", ".", 2, nil)
find("aaab", "aab", 1, true)
find("ab", "abc", 1, true)
find("a\0b\0c", "\0c")
find("a\0b\0c", "b\0", 1, true)
find(123456, 45)
find(3.25, ".", 2)
find("abc", "b", "2")
find("abc", "b", 2.0)
find("abc", "b", 2.5)
find("abc", "b", "x")
find("abc", "b", {})
find(nil, "a")
find("a", nil)
find("a")
find({}, "a")
case("find no arguments", function() return string.find() end)

-- Single-character classes, each run over every byte value.
local every_byte = {}
for b = 0, 255 do every_byte[#every_byte + 1] = string.char(b) end
every_byte = table.concat(every_byte)
for _, letter in ipairs({ "a", "c", "d", "g", "l", "p", "s", "u", "w", "x", "z" }) do
  for _, cls in ipairs({ "%" .. letter, "%" .. letter:upper() }) do
    case("class " .. cls, function()
      local kept, n = string.gsub(every_byte, "[^" .. cls .. "]+", "")
      return #kept, n, (kept:gsub("[^%w%p ]", "?"))
    end)
  end
end
for _, pat in ipairs({ ".", "%.", "%%", "%(", "%)", "%[", "%]", "%-", "%*", "%+", "%?", "%^",
  "%$", "% ", "%中", "%b", "%f", "%e", "%q" }) do
  find("x.%()[]-*+?^$ b f e q", pat)
end
match("中文字符", ".")
match("中文字符", "..." )
match("中文字符", "%a")

-- Sets.
for _, set in ipairs({ "[abc]", "[^abc]", "[a-c]", "[^a-c]", "[c-a]", "[%d.]", "[%a_]",
  "[]]", "[^]]", "[a-]", "[-a]", "[a%-c]", "[%]]", "[%%]", "[.]", "[%w%s]", "[^%s]",
  "[\0-\31]", "[\128-\255]", "[中]", "[a-c%d]", "[%a-z]", "[]-a]", "[^-]", "[%^]", "[^^]" }) do
  case("set " .. show(set), function()
    local n = select(2, string.gsub("a-b]c^d 1.2%z_\0\t中", set, "#"))
    return string.gsub("a-b]c^d 1.2%z_\0\t中", set .. "+", "<%0>"), n
  end)
end
find("abc", "[a")
find("abc", "[^")
find("abc", "[")
find("abc", "[]")
find("abc", "[^]")
find("abc", "[%")
find("abc", "[a%]")
find("abc", "%")
find("abc", "a%")

-- Quantifiers.
for _, pat in ipairs({ "a*", "a+", "a-", "a?", "ba*", "ba+", "ba-", "ba?", "ba-c", "ba*c",
  "b[a]*c", ".*", ".+", ".-", ".-$", "a*$", "^a*", "x*", "x+", "x-", "x?", "%a+", "%d*%a",
  "[ab]+c?", "a-b", "a?a?a?b", "*", "+a", "-", "?", "a**", "a+?" }) do
  find("caaab aaac", pat)
  match("caaab aaac", pat)
end
match("[[x]] and [[y]]", "%[%[(.-)%]%]")
match("[[x]] and [[y]]", "%[%[(.*)%]%]")
match("key = value", "^(%w+)%s*=%s*(%w+)$")
match("  trim me  ", "^%s*(.-)%s*$")
match("2026-11-23", "(%d+)-(%d+)-(%d+)")
match("2026-11-23", "(%d+)-(%d+)-(%d+)", 3)
match("2026-11-23", "(%d+)-(%d+)-(%d+)", -5)

-- Anchors.
find("aaa", "^a")
find("aaa", "^a", 2)
find("baa", "^a")
find("aaa", "a$")
find("aaa", "^a$")
find("a", "^a$")
find("", "^$")
find("a$b", "a$b")
find("a^b", "a^b")
find("a^b", "^^")
find("^b", "^^")
find("ab$", "$$")
find("ab", "$")
find("ab", "^")
match("line1\nline2", "^(.-)\n")
match("abc", "^(b)")
gsub("aaa", "^a", "b")
gsub("aaa", "a$", "b")
gmatch("^a^a", "^a")

-- Captures and position captures.
find("hello world", "(o)(r)")
find("hello world", "(h)(e)(l)")
find("hello", "()ll()")
match("hello", "()ll()")
match("hello", "(l)(l)")
match("hello", "((l)(l))")
match("hello", "(h(e(l(l(o)))))")
match("hello", "()")
match("hello", "()", 6)
match("hello", "()", 7)
match("hello", "(h)()(e)")
match("hello", "")
match("hello", "(")
match("hello", "(h")
match("hello", "h)")
match("hello", ")")
match("hello", "(()")
match("hello", "(()))")
match("hello", "%((h)")
match(string.rep("a", 40), string.rep("(a)", 32))
match(string.rep("a", 40), string.rep("(a)", 33))
match("abc", string.rep("()", 32))
match("abc", string.rep("()", 33))
find("abc", string.rep("()", 33))

-- Back-references.
match("abcabc", "(abc)%1")
match("abab cdcd", "(%a%a)%1")
match("xyzzy", "(z)%1")
match("xyzzy", "(.)%1")
match("say \"hi\" or 'yo'", "([\"'])(.-)%1")
match("aa", "(a)%1%1")
match("aaa", "(a)(a)%2%1")
match("abc", "%1")
match("abc", "(a)%2")
match("abc", "(a%1)")
match("abc", "%0")
match("abc", "(a)%0")
match("abc", "()%1")
match("abc", "(a)%9")
find("aXbXc", "(X).-%1")

-- %b balance.
find("f(a(b)c)d", "%b()")
match("f(a(b)c)d", "%b()")
match("f(a(b)c d", "%b()")
match("[[x] [y]]", "%b[]")
match("abba", "%bab")
match("aaaa", "%baa")
match("x", "%b")
match("x", "%b(")
match("(x)", "%b()+")
gsub("f(x) + g(y, (z))", "%b()", "()")
gmatch("{a}{b{c}}{", "%b{}")

-- %f frontier.
gmatch("THE (quick) fox", "%f[%a]%a+")
gmatch("THE (quick) fox", "%f[%a]%a+%f[%A]")
gsub("the cat sat on the mat", "%f[%w]%w+", function(w) return w:upper() end)
find("hello", "%f[%l]")
find("hello", "%f[%L]")
find("hello", "%f[%z]")
find("hello\0", "%f[%z]")
find("abc", "%f[^a]")
find("abc", "%f")
find("abc", "%fa")
find("abc", "%f[a")
find("abc", "%f[]")
gsub("中文 and English", "%f[%a]", "|")

-- Pattern too complex (200 nested matcher calls).
find(string.rep("a", 300), string.rep("a?", 199))
find(string.rep("a", 300), string.rep("a?", 200))
find(string.rep("a", 300), string.rep("a?", 300))
find(string.rep("a", 10), string.rep("a?", 300))
find(string.rep("a", 300), string.rep("a*", 250) .. "b")
match(string.rep("a", 300), string.rep(".-", 250) .. "$")

-- gmatch, its init argument and its empty-match rules.
gmatch("hello world from lua", "%a+")
gmatch("k1=v1, k2=v2", "(%w+)=(%w+)")
gmatch("abc", "()")
gmatch("abc", "")
gmatch("abc", "x*")
gmatch("abc", "%a*")
gmatch("abc", ".-")
gmatch("a,b,,c", "([^,]*)")
gmatch("hello world", "%a+", 3)
gmatch("hello world", "%a+", -5)
gmatch("hello world", "%a+", 0)
gmatch("hello world", "%a+", 100)
gmatch("hello world", "", 11)
gmatch("hello world", "", 12)
gmatch("hello world", "", 13)
gmatch("hello world", "%a+", math.mininteger)
gmatch("hello", "(")
gmatch("hello", "[")
gmatch("hello", "%")
gmatch("hello", "%1")
gmatch(12321, "2")
gmatch("台账：学校、医院、社区", utf8.charpattern)
case("gmatch creation with a bad pattern", function()
  return type(string.gmatch("a", "["))
end)
case("gmatch bad init", function() return string.gmatch("a", "a", "x") end)
case("gmatch without pattern", function() return string.gmatch("a") end)
case("gmatch iterator called after the end", function()
  local it = string.gmatch("ab", "%a")
  return it(), it(), it(), it()
end)

-- gsub with string replacements.
gsub("hello world", "o", "0")
gsub("hello world", "o", "0", 1)
gsub("hello world", "o", "0", 0)
gsub("hello world", "o", "0", -1)
gsub("hello world", "o", "0", 2.0)
gsub("hello world", "o", "0", 1.5)
gsub("hello world", "o", "0", "1")
gsub("hello world", "o", "0", "x")
gsub("hello world", "(o)", "[%1]")
gsub("hello world", "o", "[%1]")
gsub("hello world", "o", "[%0]")
gsub("hello world", "(l)(l)", "%2%1")
gsub("hello world", "(l)(l)", "%3")
gsub("hello world", "l", "%2")
gsub("hello world", "o", "100%%")
gsub("hello world", "o", "%")
gsub("hello world", "o", "50%")
gsub("hello world", "o", "%a")
gsub("hello world", "o", "%%%")
gsub("hello world", "x", "%a")
gsub("hello world", "()o", "%1")
gsub("hello world", "(o)()", "%2%1")
gsub("hello world", "(o", "x")
gsub("hello world", "", "-")
gsub("abc", "x*", "-")
gsub("abc", "b*", "-")
gsub("abc", "", "-", 2)
gsub("", "", "x")
gsub("", "x*", "x")
gsub("abc", ".-", "#")
gsub("abc", "^", ">")
gsub("abc", "$", "<")
gsub("abc", "^$", "empty")
gsub("", "^$", "empty")
gsub("abc", "%w", "%0%0")
gsub("abc", "%w", 7)
gsub("abc", "%w", 2.5)
gsub("abc", "b", "")
gsub(12345, 3, 9)
gsub("a\0b\0c", "%z", "<0>")
gsub("a\0b", "a\0", "x")
gsub("医院 医院", "医院", "社区")
gsub("学校：第一中学", "：(.+)$", "（%1）")
gsub("a b c", " ", "", 5)
gsub("hello", "l", "L", math.mininteger)
gsub("hello", "l", "L", math.maxinteger)

-- gsub with table and function replacements.
local names = { name = "台账", kind = "school", n = 3, off = false, t = {}, yes = true }
gsub("$name is a $kind with $n items", "%$(%w+)", names)
gsub("$name $missing $off", "%$(%w+)", names)
gsub("$t", "%$(%w+)", names)
gsub("$yes", "%$(%w+)", names)
gsub("abc", "%w", { a = 1, b = 2.5 })
gsub("abc", "()", { [1] = "one", [3] = "three" })
gsub("abc", "%w", {})
gsub("hello world", "%w+", function(w) return w:upper() end)
gsub("hello world", "%w+", function(w) return nil end)
gsub("hello world", "%w+", function(w) return false end)
gsub("hello world", "%w+", function(w) return true end)
gsub("hello world", "%w+", function(w) return {} end)
gsub("hello world", "%w+", function(w) return 42 end)
gsub("hello world", "%w+", function(w) return w, "ignored" end)
gsub("hello world", "(%w)(%w*)", function(a, b) return b .. a end)
gsub("hello world", "()(%w+)()", function(i, w, j) return i .. w .. j end)
gsub("hello world", "%w+", function(w) if w == "world" then return "lua" end end)
gsub("hello world", "%w+", function() error("stop here") end)
gsub("hello world", "%w+", function() error({ code = 1 }) end)
gsub("hello", "", function(x) return "[" .. x .. "]" end)
gsub("hello", "l", function(x) return x:rep(2) end, 1)
gsub("x = 1 + 2", "(%d+)%s*%+%s*(%d+)", function(a, b) return tostring(a + b) end)
gsub("abc", "b", nil)
gsub("abc", "b", true)
gsub("abc", "b")
gsub(nil, "b", "x")
gsub("abc", nil, "x")
gsub("abc", "[", "x")
gsub("abc", "(", "x")
gsub("abc", "%f", "x")
gsub("abc", "b", "x", {})

-- Method syntax.
case("method find", function() return ("hello"):find("l") end)
case("method find plain", function() return ("a.b"):find(".", 1, true) end)
case("method match", function() return ("key=value"):match("(%w+)=(%w+)") end)
case("method gmatch", function() return all_of(("a1b2c3"):gmatch("%a(%d)")) end)
case("method gsub", function() return ("hello"):gsub("l", "L") end)
case("method find bad pattern", function() return ("hello"):find("[") end)
case("method find missing pattern", function() return ("hello"):find() end)
case("method gsub bad replacement", function() return ("hello"):gsub("l", true) end)
case("method on a number", function() local n = 12 return (tostring(n)):find("2") end)

print("cases: " .. count)
