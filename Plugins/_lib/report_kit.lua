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
  -- 副标题写明统计区间和截至日期：期间未结束时，报告只是截至当天的进度。
  local subtitle = M.range_text(ctx.period.from, ctx.period.to)
  if ctx.as_of_text then subtitle = subtitle .. "（" .. ctx.as_of_text .. "）" end
  doc:title(ctx.unit.name .. ctx.period.title .. name, { subtitle = subtitle })
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
    { label = "综合得分", value = M.num(ctx.score.score) .. " 分（" .. ctx.score.grade .. "）" },
  }
  doc:figures(figures)
  M.score_note(ctx, doc)
  M.late_note(ctx, doc)
end

--- 截至日期之后才补录的记录：不计入本报告，单独说明，报告日后重印时数字不变。
function M.late_note(ctx, doc)
  local late = ctx.late_entries or {}
  if #late == 0 then return end
  local names, seen = {}, {}
  for _, r in ipairs(late) do
    if not seen[r.title] then
      seen[r.title] = true
      names[#names + 1] = r.title
    end
  end
  local shown = #names > 5 and (table.concat(names, "、", 1, 5) .. string.format("等%d项", #names))
    or table.concat(names, "、")
  doc:paragraph(string.format("另有 %d 条记录在%s之后补录（%s），未计入本报告的统计。", #late, ctx.date_text, shown))
end

--- 评分说明：怎样计分、等次线、扣分最多的事项和未通过的否决项（都写事项名称）。
function M.score_note(ctx, doc, limit)
  local s = ctx.score
  if not s.deductions then return end
  limit = limit or 5
  local grades = {}
  for _, g in ipairs(s.grades or {}) do
    grades[#grades + 1] = string.format("%s分及以上为%s", M.num(g.at_least), g.name)
  end
  local text = "评分说明：各事项按权重计分，按时完成且指标达标的项次得分，满分100分"
  if #grades > 0 then text = text .. "；" .. table.concat(grades, "，") .. "，以下为" .. s.failing end
  text = text .. "。"
  local lost = {}
  for i, d in ipairs(s.deductions) do
    if i > limit then break end
    lost[#lost + 1] = string.format("%s扣%s分（应完成%d次，完成%d次）", d.title, M.num(d.points), d.counted, d.achieved)
  end
  if #lost > 0 then
    text = text .. "扣分较多的是：" .. table.concat(lost, "；")
    if #s.deductions > limit then text = text .. string.format("；另有%d项扣分较少", #s.deductions - limit) end
    text = text .. "。"
  elseif ctx.completion.counted > 0 then
    text = text .. "本期没有扣分。"
  end
  if #s.vetoed_titles > 0 then
    text = text .. "否决项“" .. table.concat(s.vetoed_titles, "”“") .. "”未通过，等次按" .. s.failing .. "认定。"
  end
  doc:paragraph(text)
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

--- 有问题的事项（有逾期，或指标未达标），按编号。
local function problem_items(ctx)
  local ids = {}
  for _, it in ipairs(ctx.items) do
    if it.overdue > 0 or it.met == false then ids[it.item] = true end
  end
  return ids
end

--- 列表截断：超过 limit 条时只留前 limit 条，并说明另有几项。
local function cut(list, limit, rest)
  if #list <= limit then return list end
  local out = {}
  for i = 1, limit do out[i] = list[i] end
  out[#out + 1] = string.format(rest, #list - limit)
  return out
end

--- 从台账记录的备注中取亮点：已完成事项的备注，不含有问题的事项，不重复；最多 limit 条。
--- skip 为不取的类别编号集合（例如另有一节专写的类别）。
function M.highlights(ctx, limit, skip)
  local out, seen = {}, {}
  local bad = problem_items(ctx)
  skip = skip or {}
  for _, n in ipairs(ctx.notes) do
    local line = n.title .. "：" .. n.note
    if n.status == "done" and not bad[n.item] and not skip[n.category] and not seen[line] then
      seen[line] = true
      out[#out + 1] = line
    end
  end
  return cut(out, limit or 8, "另有%d条记录未列出，详见台账。")
end

--- 问题：逾期事项和未达标指标，最严重的在前（逾期次数多、逾期久的先列）；最多 limit 条，
--- 超出的说明另有几项。每个事项只写一次。
function M.problems(ctx, limit)
  local found = {}
  for _, it in ipairs(ctx.items) do
    local line
    if it.target and it.met == false then
      local value = it.value == nil and "尚未填报" or ("最近一次为 " .. it.value_text)
      line = string.format("%s（%s）本期应填报 %d 次，%d 次未按时填报或未达到目标（%s），%s，责任人：%s。",
        it.title, it.category_title, it.counted, it.missed, it.target, value, it.owners_text)
    elseif it.overdue > 0 then
      -- 截至日已过时，当天到期而未完成的也算逾期，逾期天数为 0。
      local late = it.days > 0 and string.format("，最早一次已逾期 %d 天", it.days) or "（当天到期）"
      line = string.format("%s（%s）有 %d 次未按时完成%s，责任人：%s。",
        it.title, it.category_title, it.overdue, late, it.owners_text)
    end
    if line then
      found[#found + 1] = { line = line, weight = math.max(it.overdue, it.missed or 0), days = it.days or 0 }
    end
  end
  table.sort(found, function(a, b)
    if a.weight ~= b.weight then return a.weight > b.weight end
    if a.days ~= b.days then return a.days > b.days end
    return a.line < b.line
  end)
  local out = {}
  for i, f in ipairs(found) do out[i] = f.line end
  return cut(out, limit or 8, "另有%d项问题未列出，详见逾期事项和指标完成情况。")
end

--- 下一步打算：补办逾期事项、整改未达标指标、抓好期内尚未到期的工作；写事项名称。
--- next_time 为“下月”“明年”等。
function M.next_steps(ctx, next_time)
  local overdue, metrics, open = {}, {}, 0
  for _, it in ipairs(ctx.items) do
    if it.target and it.met == false then
      metrics[#metrics + 1] = it.title
    elseif it.overdue > 0 then
      overdue[#overdue + 1] = it.title
    end
    open = open + (it.open or 0)
  end
  local function some(list, n)
    if #list <= n then return table.concat(list, "、") end
    local head = {}
    for i = 1, n do head[i] = list[i] end
    return table.concat(head, "、") .. string.format("等%d项", #list)
  end
  local steps = {}
  if #overdue > 0 then
    steps[#steps + 1] = "督促责任人尽快补办逾期事项并补齐台账：" .. some(overdue, 5) .. "。"
  end
  if #metrics > 0 then
    steps[#steps + 1] = "针对" .. some(metrics, 5) .. "未达到目标的情况，查找原因，逐项落实整改措施。"
  end
  if not ctx.period_over and open > 0 then
    steps[#steps + 1] = string.format("抓好本期尚未到期的 %d 项次工作，按时完成并及时登记。", open)
  end
  local f = ctx.findings
  if f and f.counts.overdue > 0 then
    steps[#steps + 1] = string.format("对逾期未整改的 %d 个检查发现问题逐一督办，明确时限，整改到位后及时申请验收销号。",
      f.counts.overdue)
  end
  if f and f.counts.rectified > f.counts.closed then
    steps[#steps + 1] = string.format("对已整改待验收的 %d 个问题及时组织验收，合格的销号，不合格的退回重改。",
      f.counts.rectified - f.counts.closed)
  end
  steps[#steps + 1] = (next_time or "下一阶段") .. "按清单和提醒安排推进各项工作，每项工作完成后当日登记台账、上传佐证材料。"
  return steps
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
  M.findings_section(ctx, doc, h)
  h("工作亮点")
  M.list_or(doc, M.highlights(ctx), "本期台账记录中没有填写工作亮点。")
  h("存在问题")
  M.list_or(doc, M.problems(ctx), "本期没有发现逾期或未达标的情况。")
  h("下一步打算")
  doc:list(M.next_steps(ctx, "下月"))
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
  -- 检查发现、尚未销号的问题所涉及的事项，自查结论为不符合（如九不准自查中发现的问题）。
  local open_findings = {}
  for _, f in ipairs(ctx.findings and ctx.findings.list or {}) do
    if f.item and f.state ~= "closed" then open_findings[f.item] = true end
  end
  local rows = {}
  for _, it in ipairs(ctx.items) do
    local verdict = "符合"
    if it.overdue > 0 then verdict = "不符合" elseif it.counted == 0 then verdict = "未到期" end
    if it.met == false or open_findings[it.item] then verdict = "不符合" end
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
    doc:paragraph("**否决项未通过：**" .. table.concat(ctx.score.vetoed_titles or ctx.score.vetoed, "、")
      .. "，等次按" .. (ctx.score.failing or "不合格") .. "认定。")
  end
  M.score_note(ctx, doc)
  if M.findings_of(ctx) then
    doc:heading("检查发现问题整改情况", { level = 2 })
    M.findings_summary(ctx, doc)
    M.findings_table(ctx, doc)
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
  M.findings_section(ctx, doc, h)
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
  h("存在问题")
  M.list_or(doc, M.problems(ctx, 12), "全年没有逾期或未达标事项。")
  h("明年打算")
  doc:list(M.next_steps(ctx, "明年"))
  M.signature(ctx, doc)
end

return M
