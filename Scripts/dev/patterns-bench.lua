-- Rough speed comparison of the budgeted pattern functions (global `tz`) with lua5.4's own.
-- Run by: Scripts/dev/patterns-diff.sh --bench (timings vary with machine load).
local text = string.rep("学校 hospital 2026-11-23 key=value; (a(b)c) ", 20000)
local cases = {
  {"find plain", function(l) for i = 1, 200 do l.find(text, "zzz", 1, true) end end},
  {"find %d+-%d+", function(l) for i = 1, 2000 do l.find(text, "(%d+)-(%d+)-(%d+)", i) end end},
  {"gmatch %a+", function(l) local n = 0 for w in l.gmatch(text, "%a+") do n = n + 1 end end},
  {"gsub %s+", function(l) l.gsub(text, "%s+", " ") end},
  {"gsub fn kv", function(l) l.gsub(text, "(%w+)=(%w+)", function(k, v) return v end) end},
  {"match .-;$ ", function(l) for i = 1, 20 do l.match(text, "^(.-);%s*$") end end},
  {"find %b()", function(l) for i = 1, 20 do l.gsub(text, "%b()", "") end end},
}
for _, c in ipairs(cases) do
  local t0 = os.clock(); c[2](string); local a = os.clock() - t0
  t0 = os.clock(); c[2](tz); local b = os.clock() - t0
  print(string.format("%-14s lua5.4 %7.1f ms  ours %7.1f ms  ratio %.2f",
    c[1], a * 1000, b * 1000, b / a))
end
