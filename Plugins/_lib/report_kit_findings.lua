-- 报告公用函数（续）：检查发现问题的整改台账、整改情况小结、下级单位整改排名和督办清单。
-- 宿主在 report_kit.lua 之后载入本文件，把这里的函数加到同一个 tz.kit 上。
local M = ...

--- 本期的检查发现问题；没有时为 nil。
local function findings_of(ctx)
  local f = ctx.findings
  if f == nil or f.counts.total == 0 then return nil end
  return f
end
M.findings_of = findings_of

--- 整改率、销号率文本；没有问题时为“—”。
function M.finding_rate_text(rate)
  if rate == nil then return "—" end
  return M.pct(rate)
end

--- 表格里的日期：与 year 同年的省去年份（“11月20日”），跨年的写全，表格列窄时不致断行。
function M.short_date(iso, year)
  local y, m, d = string.match(iso or "", "^(%d+)-(%d+)-(%d+)$")
  if not y then return iso end
  if year and tonumber(y) == year then return string.format("%d月%d日", tonumber(m), tonumber(d)) end
  return M.date_text(iso)
end

--- 完成情况一栏：“已销号（11月20日）”“待验收”“整改中，已逾期3个工作日”“退回重改（原因）”，
--- 挂牌督办的加注；year 为报告年度，同年的日期省去年份。
function M.finding_progress(f, year)
  local text
  if f.state == "closed" then
    text = "已销号（" .. M.short_date(f.closed_on, year) .. "）"
  elseif f.state == "awaiting_check" then
    text = f.late and "待验收（超期整改）" or "待验收"
  else
    if f.returned > 0 then
      text = f.return_reason and ("退回重改（" .. f.return_reason .. "）") or "退回重改"
    else
      text = f.status
    end
    -- 时限后只过了休息日时，逾期还不满一个工作日。
    if f.overdue then
      text = text .. (f.overdue_days > 0 and string.format("，已逾期%d个工作日", f.overdue_days) or "，已过整改时限")
    end
  end
  if f.supervised and f.state ~= "closed" then text = text .. "；挂牌督办" end
  return text
end

--- 问题一栏：描述，等级不是最轻一级（mildest，默认“一般”）时在后面注明，如“校门口减速带损坏（严重）”。
function M.finding_problem(f, mildest)
  if f.severity == (mildest or "一般") then return f.description end
  return f.description .. "（" .. f.severity .. "）"
end

--- 本期问题中最轻一级的名称（插件声明的第一级）。
local function mildest(findings)
  local first = findings and findings.severities and findings.severities[1]
  return first and first.name or "一般"
end

--- 整改台账表：问题、整改措施、责任人（责任部门）、整改时限、完成情况，按发现日期排列。
--- list 默认为本期全部问题；日期与报告同年的省去年份。
function M.findings_table(ctx, doc, list, caption)
  list = list or ctx.findings.list
  local year, lightest = ctx.period.year, mildest(ctx.findings)
  local rows = {}
  for i, f in ipairs(list) do
    rows[#rows + 1] = { i, M.finding_problem(f, lightest), f.measures or "（未填写）", f.owner_text,
      M.short_date(f.deadline, year), M.finding_progress(f, year) }
  end
  doc:table {
    caption = caption or "整改台账",
    header = { "序号", "问题", "整改措施", "责任人（责任部门）", "整改时限", "完成情况" },
    rows = rows,
    align = { "center", "left", "left", "left", "center", "left" },
  }
end

--- 整改情况小结：问题数、已整改、已销号、逾期和挂牌督办，整改率与销号率。
function M.findings_summary(ctx, doc)
  local f = findings_of(ctx)
  if f == nil then
    doc:paragraph("本期无检查发现问题。")
    return
  end
  local c = f.counts
  local carried = c.total - c.new
  local origin = carried > 0 and string.format("（本期新发现 %d 个，以前发现尚未销号的 %d 个）", c.new, carried) or ""
  local text = string.format(
    "本期台账中检查发现问题 %d 个%s，截至%s已整改 %d 个、已销号 %d 个，整改率 **%s**，销号率 **%s**",
    c.total, origin, ctx.date_text, c.rectified, c.closed, M.finding_rate_text(f.rectification_rate),
    M.finding_rate_text(f.closing_rate))
  if c.overdue > 0 then
    text = text .. string.format("；逾期未整改 %d 个", c.overdue)
  else
    text = text .. "；没有逾期未整改的问题"
  end
  if c.supervised > 0 then text = text .. string.format("，挂牌督办 %d 个", c.supervised) end
  if c.returned > 0 then text = text .. string.format("，验收退回重改过的 %d 个", c.returned) end
  doc:paragraph(text .. "。")
end

--- 整改情况一节：有问题时写小结和整改台账；本期没有检查发现问题时整节不写。
function M.findings_section(ctx, doc, h, title)
  if findings_of(ctx) == nil then return end
  h(title or "检查发现问题整改情况")
  M.findings_summary(ctx, doc)
  M.findings_table(ctx, doc)
end

--- 按类别统计的问题整改情况表。
function M.finding_category_table(ctx, doc)
  local rows = {}
  for _, c in ipairs(ctx.findings.categories) do
    rows[#rows + 1] = { c.name, c.total, c.rectified, c.closed, c.overdue, M.finding_rate_text(c.rectification_rate),
      M.finding_rate_text(c.closing_rate) }
  end
  doc:table {
    caption = "分类整改情况",
    header = { "问题类别", "问题数", "已整改数", "已销号数", "逾期数", "整改率", "销号率" },
    rows = rows,
    align = { "left", "right", "right", "right", "right", "right", "right" },
  }
end

--- 整改台账报告（各类单位通用）：情况小结、关键指标、分类统计和整改台账。
function M.rectification(ctx, doc)
  M.cover(ctx, doc, "整改台账")
  local f = findings_of(ctx)
  if f == nil then
    M.findings_summary(ctx, doc)
    M.signature(ctx, doc)
    return
  end
  local c = f.counts
  M.findings_summary(ctx, doc)
  doc:figures {
    { label = "问题数", value = c.total .. " 个" },
    { label = "整改率", value = M.finding_rate_text(f.rectification_rate), target = "100%" },
    { label = "销号率", value = M.finding_rate_text(f.closing_rate), target = "100%" },
    { label = "逾期", value = c.overdue .. " 个", target = "0 个" },
  }
  M.finding_category_table(ctx, doc)
  M.findings_table(ctx, doc)
  M.signature(ctx, doc)
end

--- 下级单位整改排名：有问题的单位按整改率、销号率从高到低，其次逾期少，最后按编号；
--- 第二个返回值是本期没有检查发现问题的单位。
function M.findings_ranking(children)
  local list, none = {}, {}
  for _, c in ipairs(children) do
    if c.findings and c.findings.counts.total > 0 then list[#list + 1] = c else none[#none + 1] = c end
  end
  table.sort(list, function(a, b)
    local fa, fb = a.findings, b.findings
    if fa.rectification_rate ~= fb.rectification_rate then return fa.rectification_rate > fb.rectification_rate end
    if fa.closing_rate ~= fb.closing_rate then return fa.closing_rate > fb.closing_rate end
    if fa.counts.overdue ~= fb.counts.overdue then return fa.counts.overdue < fb.counts.overdue end
    return a.unit.id < b.unit.id
  end)
  for i, c in ipairs(list) do c.findings_rank = i end
  return list, none
end

--- 整改排名表，并列出本期没有检查发现问题的单位。
function M.findings_ranking_section(doc, ranked, none)
  if #ranked == 0 then
    doc:paragraph("本期各单位均无检查发现问题。")
    return
  end
  local rows = {}
  for _, c in ipairs(ranked) do
    local f = c.findings
    rows[#rows + 1] = { c.findings_rank, c.unit.name, f.counts.total, f.counts.rectified, f.counts.closed,
      f.counts.overdue, f.counts.supervised, M.finding_rate_text(f.rectification_rate),
      M.finding_rate_text(f.closing_rate) }
  end
  doc:table {
    caption = "各单位问题整改情况排名",
    header = { "名次", "单位", "问题数", "已整改数", "已销号数", "逾期数", "挂牌督办数", "整改率", "销号率" },
    rows = rows,
    align = { "center", "left", "right", "right", "right", "right", "right", "right", "right" },
  }
  if #none > 0 then
    local names = {}
    for i, c in ipairs(none) do names[i] = c.unit.name end
    doc:paragraph("本期无检查发现问题的单位：" .. table.concat(names, "、") .. "。")
  end
end

--- 督办清单：各单位逾期未整改和挂牌督办的问题，按单位排列；返回列出的问题数。
--- year 为报告年度（同年的日期省去年份）。
function M.supervision_table(doc, ranked, year)
  local rows = {}
  for _, c in ipairs(ranked) do
    local lightest = mildest(c.findings)
    for _, f in ipairs(c.findings.list) do
      if f.overdue or (f.supervised and f.state ~= "closed") then
        rows[#rows + 1] = { c.unit.name, M.finding_problem(f, lightest), f.owner_text,
          M.short_date(f.deadline, year), M.finding_progress(f, year) }
      end
    end
  end
  if #rows == 0 then
    doc:paragraph("各单位没有逾期未整改或挂牌督办的问题。")
    return 0
  end
  doc:table {
    caption = "逾期和挂牌督办问题清单",
    header = { "单位", "问题", "责任人（责任部门）", "整改时限", "完成情况" },
    rows = rows,
    align = { "left", "left", "left", "center", "left" },
  }
  return #rows
end
