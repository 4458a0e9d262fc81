-- 报告公用函数：由宿主载入为 tz.kit，各插件的报告共用。
-- 只用序列（ipairs）决定输出顺序，不用 pairs，保证同样的数据生成同样的文件。
local M = {}

local numerals = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" }

--- 一、二、三……
function M.numeral(n) return numerals[n] or tostring(n) end

--- 数字去掉多余的小数：92.5、100。
function M.num(x)
  if x == nil then return "—" end
  local r = math.floor(x * 10 + 0.5) / 10
  if r == math.floor(r) then return string.format("%d", math.floor(r)) end
  return string.format("%.1f", r)
end

--- 百分数文本。
function M.pct(x) return M.num(x) .. "%" end

--- 中文日期：“2026-11-01” → “2026年11月1日”。
function M.date_text(iso)
  local y, m, d = string.match(iso or "", "^(%d+)-(%d+)-(%d+)$")
  if not y then return iso end
  return string.format("%d年%d月%d日", tonumber(y), tonumber(m), tonumber(d))
end

--- 中文日期区间：同年省去后一个年份，“2026年11月1日至11月30日”；跨年写全。
function M.range_text(from, to)
  local y1 = string.match(from or "", "^(%d+)-")
  local y2, m2, d2 = string.match(to or "", "^(%d+)-(%d+)-(%d+)$")
  if not y1 or not y2 then return (from or "") .. "至" .. (to or "") end
  if y1 == y2 then
    return M.date_text(from) .. "至" .. string.format("%d月%d日", tonumber(m2), tonumber(d2))
  end
  return M.date_text(from) .. "至" .. M.date_text(to)
end

--- 一个编号标题器：h("总体情况") 依次得到“一、总体情况”“二、……”。
function M.sections(doc)
  local n = 0
  return function(text)
    n = n + 1
    doc:heading(M.numeral(n) .. "、" .. text)
  end
end

--- 标题与副标题：单位名称 + 期间 + 报告名。
function M.cover(ctx, doc, name)
  doc:title(ctx.unit.name .. ctx.period.title .. name, { subtitle = M.range_text(ctx.period.from, ctx.period.to) })
end

--- 总体完成情况：一段话和关键指标。
function M.overview(ctx, doc)
  local c = ctx.completion
  doc:paragraph(string.format(
    "本期应办事项 %d 项次，截至%s已完成 %d 项次，完成率 **%s**；逾期未办 %d 项次，尚未到期 %d 项次。",
    c.counted, ctx.date_text, c.done, M.pct(c.rate), c.overdue, c.open))
  local figures = {
    { label = "完成率", value = M.pct(c.rate) },
    { label = "已完成", value = c.done .. " 项次" },
    { label = "逾期", value = c.overdue .. " 项次", target = "0 项次" },
    { label = "综合得分", value = M.num(ctx.score.score), target = ctx.score.grade },
  }
  doc:figures(figures)
end

--- 完成率文本；没有应办事项时为“—”。
function M.rate_text(line)
  if line.counted == 0 then return "—" end
  return M.pct(line.rate)
end

--- 分类完成情况表（次数列为纯数字，表头带单位，CSV 可直接求和）。
function M.category_table(ctx, doc, caption)
  local rows = {}
  for _, c in ipairs(ctx.categories) do
    rows[#rows + 1] = { c.title, c.counted, c.done, c.overdue, c.open, M.rate_text(c) }
  end
  local t = ctx.completion
  rows[#rows + 1] = { "合计", t.counted, t.done, t.overdue, t.open, M.rate_text(t) }
  doc:table {
    caption = caption or "分类完成情况",
    header = { "类别", "应完成次数", "完成次数", "逾期次数", "未到期次数", "完成率" },
    rows = rows,
    align = { "left", "right", "right", "right", "right", "right" },
  }
end

--- 分类完成率柱状图（只画有应办事项的类别）。
function M.category_chart(ctx, doc)
  local names, rates = {}, {}
  for _, c in ipairs(ctx.categories) do
    if c.counted > 0 then
      names[#names + 1] = c.title
      rates[#rates + 1] = math.floor(c.rate * 10 + 0.5) / 10
    end
  end
  if #names == 0 then return end
  doc:bar_chart { title = "各类别完成率", categories = names, series = { { name = "完成率", values = rates } }, unit = "%" }
end

--- 指标对照表：每个指标最近一次填报的数值与目标。
function M.metric_table(ctx, doc)
  local rows = {}
  for _, m in ipairs(ctx.items) do
    if m.target then
      local verdict = "未填报"
      if m.met == true then verdict = "达标" elseif m.met == false then verdict = "未达标" end
      rows[#rows + 1] = { m.title, m.done, m.counted, m.value_text, m.target, verdict }
    end
  end
  if #rows == 0 then
    doc:paragraph("本期没有需要填报数值的指标。")
    return
  end
  doc:table {
    caption = "指标完成情况",
    header = { "指标", "已填报次数", "应填报次数", "最近数值", "目标", "结论" },
    rows = rows,
    align = { "left", "right", "right", "right", "right", "center" },
  }
end

--- 逾期事项及责任人（按事项汇总）。
function M.overdue_table(ctx, doc)
  local rows = {}
  for _, o in ipairs(ctx.items) do
    if o.overdue > 0 then
      rows[#rows + 1] = { o.title, o.category_title, o.overdue .. " 次", o.first_overdue, o.days .. " 天", o.owners_text }
    end
  end
  if #rows == 0 then
    doc:paragraph("本期没有逾期事项。")
    return
  end
  doc:table {
    caption = "逾期事项",
    header = { "事项", "类别", "逾期次数", "最早应完成", "已逾期", "责任人" },
    rows = rows,
    align = { "left", "left", "right", "center", "right", "left" },
  }
end

--- 从台账记录的备注中取亮点（已完成事项的备注），最多 limit 条。
function M.highlights(ctx, limit)
  local out = {}
  for _, n in ipairs(ctx.notes) do
    if n.status == "done" and #out < (limit or 8) then
      out[#out + 1] = n.title .. "：" .. n.note
    end
  end
  return out
end

--- 问题：逾期事项和未达标指标，最多 limit 条。
function M.problems(ctx, limit)
  local out = {}
  limit = limit or 8
  for _, o in ipairs(ctx.items) do
    if #out >= limit then break end
    if o.overdue > 0 then
      out[#out + 1] = string.format("%s（%s）有 %d 次未按时完成，最早一次已逾期 %d 天，责任人：%s。",
        o.title, o.category_title, o.overdue, o.days, o.owners_text)
    end
  end
  for _, m in ipairs(ctx.items) do
    if #out >= limit then break end
    if m.met == false then
      out[#out + 1] = string.format("%s最近一次为 %s，未达到目标（%s）。", m.title, m.value_text, m.target)
    end
  end
  return out
end

--- 列表，空时写一句说明。
function M.list_or(doc, items, empty)
  if #items == 0 then doc:paragraph(empty) else doc:list(items) end
end

--- 落款：单位名称和日期。
function M.signature(ctx, doc, issuer)
  doc:signature { lines = { issuer or ctx.unit.name }, date = ctx.date_text }
end

--- 月度工作小结（各类单位通用）。
function M.monthly(ctx, doc, name)
  M.cover(ctx, doc, name or "工作小结")
  local h = M.sections(doc)
  h("总体情况")
  M.overview(ctx, doc)
  h("分类完成情况")
  M.category_table(ctx, doc)
  M.category_chart(ctx, doc)
  h("指标完成情况")
  M.metric_table(ctx, doc)
  h("逾期事项")
  M.overdue_table(ctx, doc)
  h("工作亮点")
  M.list_or(doc, M.highlights(ctx), "本期台账记录中没有填写工作亮点。")
  h("存在问题")
  M.list_or(doc, M.problems(ctx), "本期没有发现逾期或未达标的情况。")
  M.signature(ctx, doc)
end

--- 下级单位排名：完成率高者在前，其次逾期少、得分高，最后按编号。
function M.ranking(children)
  local list = {}
  for i, c in ipairs(children) do list[i] = c end
  table.sort(list, function(a, b)
    if a.rate ~= b.rate then return a.rate > b.rate end
    if a.overdue ~= b.overdue then return a.overdue < b.overdue end
    if a.score ~= b.score then return a.score > b.score end
    return a.unit.id < b.unit.id
  end)
  for i, c in ipairs(list) do c.rank = i end
  return list
end

--- 排名表和完成率图。
function M.ranking_section(doc, ranked)
  local rows, names, rates = {}, {}, {}
  for _, c in ipairs(ranked) do
    rows[#rows + 1] = { c.rank, c.unit.name, c.counted, c.done, c.overdue, M.rate_text(c), M.num(c.score), c.grade }
    names[#names + 1] = c.unit.name
    rates[#rates + 1] = math.floor(c.rate * 10 + 0.5) / 10
  end
  doc:table {
    caption = "下级单位完成情况排名",
    header = { "名次", "单位", "应完成次数", "完成次数", "逾期次数", "完成率", "得分", "等次" },
    rows = rows,
    align = { "center", "left", "right", "right", "right", "right", "right", "center" },
  }
  if #names > 0 then
    doc:bar_chart { title = "下级单位完成率", categories = names, series = { { name = "完成率", values = rates } }, unit = "%" }
  end
end

--- 自查表：逐项列出本期事项、完成情况和自评结论。
function M.self_check(ctx, doc)
  M.cover(ctx, doc, "自查表")
  doc:paragraph(string.format("对照清单逐项自查，共 %d 项次，已完成 %d 项次，逾期 %d 项次；综合得分 %s，自评等次为%s。",
    ctx.completion.counted, ctx.completion.done, ctx.completion.overdue, M.num(ctx.score.score), ctx.score.grade))
  local evidence = {}
  for _, o in ipairs(ctx.occurrences) do
    local list = evidence[o.item] or {}
    for _, r in ipairs(o.records) do
      for _, name in ipairs(r.evidence) do list[#list + 1] = name end
    end
    evidence[o.item] = list
  end
  local rows = {}
  for _, it in ipairs(ctx.items) do
    local verdict = "符合"
    if it.overdue > 0 then verdict = "不符合" elseif it.counted == 0 then verdict = "未到期" end
    if it.met == false then verdict = "不符合" end
    local files = evidence[it.item]
    rows[#rows + 1] = { #rows + 1, it.category_title, it.title, it.done, it.counted, verdict,
      #files > 0 and table.concat(files, "、") or "—" }
  end
  doc:table {
    caption = "自查明细",
    header = { "序号", "类别", "事项", "完成次数", "应完成次数", "自查结论", "佐证材料" },
    rows = rows,
    align = { "center", "left", "left", "right", "right", "center", "left" },
  }
  if #ctx.score.vetoed > 0 then
    doc:paragraph("**否决项未通过：**" .. table.concat(ctx.score.vetoed, "、") .. "，等次按不合格认定。")
  end
  M.signature(ctx, doc)
end

--- 年度总结：全年完成情况、分类和指标、阶段进度、问题与打算。
function M.annual(ctx, doc)
  M.cover(ctx, doc, "工作总结")
  local h = M.sections(doc)
  h("全年工作概况")
  M.overview(ctx, doc)
  h("各项工作完成情况")
  M.category_table(ctx, doc, "全年分类完成情况")
  M.category_chart(ctx, doc)
  h("目标完成情况")
  M.metric_table(ctx, doc)
  if #ctx.phases > 0 then
    h("阶段推进情况")
    local rows = {}
    for _, p in ipairs(ctx.phases) do
      rows[#rows + 1] = { p.title, M.range_text(p.from, p.to), p.state, p.counted, p.done, M.rate_text(p) }
    end
    doc:table { caption = "阶段进度", header = { "阶段", "时间", "状态", "应完成次数", "完成次数", "完成率" }, rows = rows,
      align = { "left", "center", "center", "right", "right", "right" } }
  end
  h("主要成绩")
  M.list_or(doc, M.highlights(ctx, 12), "台账记录中没有填写成绩说明。")
  h("存在问题和明年打算")
  M.list_or(doc, M.problems(ctx, 12), "全年没有逾期或未达标事项。")
  doc:paragraph("明年将针对上述问题逐项制定措施，落实责任人和完成时限。")
  M.signature(ctx, doc)
end

return M
