-- 十星级和谐社区评定规则：十个方面各按 10 分制打分，9 分及以上得一星；
-- 10 星为十星级和谐社区，7 星及以上为达标社区。街道审查或社区自评的分数登记在
-- star.self_score 上，每个方面一个数值，例如 --value 创建理念=9.5。
local M = {}

--- 十个方面，按评分表的顺序。
M.dimensions = {
  "创建理念", "办公设施", "班子团结", "居民自治", "民间组织",
  "社区服务", "实事工程", "主题活动", "文明祥和", "管理良好",
}
--- 每个方面的满分。
M.out_of = 10
--- 得一星所需的分数。
M.star_at = 9
--- 评定等次：从高到低，星数达到即得。
M.levels = {
  { at_least = 10, name = "十星级和谐社区" },
  { at_least = 7, name = "达标社区" },
}
--- 登记分数的事项。
M.item = "star.self_score"

--- 按一次登记的分数评定：返回 { scored = 是否有分数, stars, level, rows = {{name, score, star}} , unknown = {不认识的方面} }。
function M.rate(values)
  local result = { scored = false, stars = 0, rows = {}, unknown = {} }
  if values == nil then return result end
  local known = {}
  for _, name in ipairs(M.dimensions) do
    known[name] = true
    local score = values[name]
    local star = score ~= nil and score >= M.star_at
    if score ~= nil then result.scored = true end
    if star then result.stars = result.stars + 1 end
    result.rows[#result.rows + 1] = { name = name, score = score, star = star }
  end
  local names = {}
  for name in pairs(values) do
    if not known[name] then names[#names + 1] = name end
  end
  table.sort(names)
  result.unknown = names
  for _, level in ipairs(M.levels) do
    if result.scored and result.stars >= level.at_least then
      result.level = level.name
      break
    end
  end
  return result
end

return M
