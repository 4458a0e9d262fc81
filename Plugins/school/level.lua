-- 学段：决定少先队、共青团等只属于某些学段的事项。
-- 单位属性“学段”取 幼儿园、小学、初中、高中、九年一贯、完全中学 之一；没有填写时按校名推断：
-- 含“幼儿园”为幼儿园，含“九年一贯”为九年一贯，含“完全中学”为完全中学，含“小学”为小学，
-- 含“高级中学”“高中”为高中，其余含“中学”“初中”的为初中；推断不出时为“未定”，
-- 按有少先队对待（宁可多提醒一项，不漏掉职责），请在单位属性中补上学段。
local M = {}

--- 可以填写的学段。
M.levels = { "幼儿园", "小学", "初中", "高中", "九年一贯", "完全中学" }

local known = {}
for _, name in ipairs(M.levels) do known[name] = true end

local by_name = {
  { "幼儿园", "幼儿园" }, { "九年一贯", "九年一贯" }, { "完全中学", "完全中学" }, { "小学", "小学" },
  { "高级中学", "高中" }, { "高中", "高中" }, { "初级中学", "初中" }, { "初中", "初中" }, { "中学", "初中" },
}

--- 单位的学段：属性“学段”，否则按校名推断，推断不出为“未定”。
function M.of(unit)
  local given = unit.attributes and unit.attributes["学段"]
  if given and known[given] then return given end
  local name = unit.name or ""
  for _, rule in ipairs(by_name) do
    if string.find(name, rule[1], 1, true) then return rule[2] end
  end
  return "未定"
end

local pioneers = { ["小学"] = true, ["九年一贯"] = true, ["未定"] = true }
local league = { ["初中"] = true, ["高中"] = true, ["九年一贯"] = true, ["完全中学"] = true }

--- 有少先队：小学、九年一贯制学校（小学部），学段未定的也算。
function M.has_pioneers(unit) return pioneers[M.of(unit)] == true end

--- 有共青团：初中、高中、完全中学、九年一贯制学校（初中部）。
function M.has_league(unit) return league[M.of(unit)] == true end

--- 升旗等由共青团牵头：有共青团而没有少先队的学校。
function M.league_only(unit) return M.has_league(unit) and not M.has_pioneers(unit) end

return M
