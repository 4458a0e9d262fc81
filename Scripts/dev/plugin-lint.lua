-- A developer's check of a plugin's declarations against docs/plugins.md (API level 1),
-- run with Debian's lua5.4 until the host validates plugins itself:
--
--   lua5.4 Scripts/dev/plugin-lint.lua Plugins/school [path/to/taizhang]
--
-- With the taizhang binary given, every distinct recurrence rule is also parsed by
-- `taizhang calendar next`. Exits 1 when anything is wrong.
local folder, bin = arg[1], arg[2]
assert(folder, "usage: lua5.4 plugin-lint.lua PLUGIN_FOLDER [TAIZHANG_BIN]")
local problems, where = {}, "?"
local function problem(msg) problems[#problems + 1] = where .. ": " .. msg end

local manifest = dofile(folder .. "/plugin.lua")
local roles = manifest.roles or {}
local categories, phases, items, reminders, rules = {}, {}, {}, {}, {}
local order = {}

local function check_fields(kind, t, allowed, required)
  if type(t) ~= "table" then problem(kind .. " expects a table") return false end
  for k in pairs(t) do
    if not allowed[k] then problem(kind .. " " .. tostring(t.id) .. ": unknown field " .. tostring(k)) end
  end
  for _, k in ipairs(required) do
    if t[k] == nil then problem(kind .. " " .. tostring(t.id) .. ": missing field " .. k) end
  end
  return true
end
local function set(list) local s = {} for _, v in ipairs(list) do s[v] = true end return s end
local function role(name, context)
  if not roles[name] then problem(context .. ": role " .. tostring(name) .. " is not in the manifest") end
end

tz = {}
function tz.category(t)
  check_fields("category", t, set{ "id", "title", "order" }, { "id", "title", "order" })
  categories[t.id] = t
end
function tz.phase(t)
  check_fields("phase", t, set{ "id", "title", "from", "to" }, { "id", "title", "from", "to" })
  phases[t.id] = t
end
local item_fields = set{ "id", "title", "category", "kind", "every", "owner", "cooperate", "escalate",
  "evidence", "weight", "target", "applies", "phase", "pause_in_vacation", "statement", "note" }
local kinds = set{ "task", "attestation", "metric", "standard" }
function tz.item(t)
  if not check_fields("item", t, item_fields, { "id", "title", "category", "kind", "every", "owner" }) then return end
  if items[t.id] then problem("item " .. t.id .. " declared twice") end
  items[t.id] = t
  order[#order + 1] = t.id
  if not tostring(t.id):match("^[a-z_]+%.[a-z0-9_]+$") then problem("item id " .. t.id .. " is not category.name") end
  if not categories[t.category] then problem("item " .. t.id .. ": unknown category " .. tostring(t.category)) end
  if t.category and not tostring(t.id):match("^" .. t.category .. "%.") then problem("item " .. t.id .. ": id must start with its category") end
  if not kinds[t.kind] then problem("item " .. t.id .. ": unknown kind " .. tostring(t.kind)) end
  if t.kind == "attestation" and not t.statement then problem("item " .. t.id .. ": attestation without statement") end
  if t.kind == "metric" and type(t.target) ~= "table" then problem("item " .. t.id .. ": metric without target") end
  if t.phase and not phases[t.phase] then problem("item " .. t.id .. ": unknown phase " .. t.phase) end
  if t.applies and type(t.applies) ~= "function" then problem("item " .. t.id .. ": applies must be a function") end
  if utf8.len(t.title or "") and utf8.len(t.title) > 24 then problem("item " .. t.id .. ": title longer than 24 characters") end
  role(t.owner, "item " .. t.id)
  for _, r in ipairs(t.cooperate or {}) do role(r, "item " .. t.id) end
  for _, r in ipairs(t.escalate or {}) do role(r, "item " .. t.id) end
  rules[t.every] = t.id
end
function tz.reminder(t)
  check_fields("reminder", t, set{ "id", "items", "before", "on_due", "overdue_every", "overdue_limit",
    "escalate_after", "quiet_days", "catch_up" }, { "id", "items" })
  reminders[#reminders + 1] = t
end

local files = {}
for name in io.popen('ls "' .. folder .. '/checklists"'):lines() do
  if name:match("%.lua$") then files[#files + 1] = folder .. "/checklists/" .. name end
end
table.sort(files)
files[#files + 1] = folder .. "/reminders.lua"
for _, file in ipairs(files) do
  where = file
  local chunk, err = loadfile(file)
  if not chunk then problem(err) else
    local ok, e = pcall(chunk)
    if not ok then problem(e) end
  end
end
where = folder

local per_category, per_kind = {}, {}
for _, id in ipairs(order) do
  local t = items[id]
  per_category[t.category] = (per_category[t.category] or 0) + 1
  per_kind[t.kind] = (per_kind[t.kind] or 0) + 1
end
local ncat = 0
for id, n in pairs(per_category) do ncat = ncat + 1 print(("  %-16s %3d  %s"):format(id, n, categories[id] and categories[id].title or "?")) end
for k, n in pairs(per_kind) do print(("  kind %-12s %3d"):format(k, n)) end
print(("%s: %d items in %d categories, %d phases, %d reminder rules"):format(manifest.id, #order, ncat,
  (function() local n = 0 for _ in pairs(phases) do n = n + 1 end return n end)(), #reminders))
if #order < 30 then problem("fewer than 30 items") end
if ncat < 5 then problem("fewer than 5 categories") end

if bin then
  for rule, id in pairs(rules) do
    local cmd = ('"%s" calendar next "%s" --from 2026-09-01 --count 1 --term 2026-09-01..2027-01-22 --term 2027-02-22..2027-07-09 >/dev/null 2>/tmp/plugin-lint.err'):format(bin, rule)
    if not os.execute(cmd) then
      problem("item " .. id .. ": rule \"" .. rule .. "\": " .. io.open("/tmp/plugin-lint.err"):read("a"):gsub("\n$", ""))
    end
  end
end

for _, p in ipairs(problems) do io.stderr:write(p, "\n") end
if #problems > 0 then io.stderr:write(#problems, " problem(s)\n") os.exit(1) end
print("ok")
