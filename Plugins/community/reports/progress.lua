-- 社区每月报送的进展情况：进展、经验做法、存在问题三部分。
local star = require("star")

--- 截至报告日期最近一次登记的十个方面评分：本年度的，没有则上一年度的。
--- 报告中 tz.store 只读得到截至日期当天（北京时间）及以前完成并登记的记录，不必再按日期筛选。
local function latest_scores(ctx)
  local year = tonumber(string.sub(ctx.as_of, 1, 4))
  for _, y in ipairs({ year, year - 1 }) do
    local latest
    for _, r in ipairs(tz.store.records(tostring(y), { item = star.item })) do
      if latest == nil or r.done_at > latest.done_at then latest = r end
    end
    if latest then return latest, y end
  end
end

--- 十个方面的评分和由此评定的星级。
local function star_section(ctx, doc)
  local latest, year = latest_scores(ctx)
  local rating = star.rate(latest and latest.values)
  if not rating.scored then
    doc:paragraph(string.format("十星级评定：截至%s，尚未登记十个方面的评分，暂不评定星级。", ctx.date_text))
    return
  end
  doc:paragraph(string.format("十星级评定依据%d年度十个方面的评分。", year))
  local rows = {}
  for i, row in ipairs(rating.rows) do
    rows[i] = { row.name, row.score and tz.kit.num(row.score) or "未评分", row.star and "★" or "" }
  end
  doc:table {
    caption = string.format("十星级评定（每项满分%d分，%d分及以上得一星）", star.out_of, star.star_at),
    header = { "方面", "得分", "得星" },
    rows = rows,
    align = { "left", "right", "center" },
  }
  local verdict
  if rating.level then
    verdict = "，评定为" .. rating.level
  else
    verdict = string.format("，距达标社区（%d星）还差%d星", star.levels[#star.levels].at_least,
      star.levels[#star.levels].at_least - rating.stars)
  end
  doc:paragraph(string.format("十个方面共得%d星%s。", rating.stars, verdict))
  if #rating.unknown > 0 then
    doc:paragraph("登记中以下名称不属于十个方面，未计入：" .. table.concat(rating.unknown, "、") .. "。")
  end
end

tz.report {
  id = "progress",
  title = "创建工作进展情况",
  period = "month",
  summary = "月底报街道的进展、经验做法和存在问题",
  body = function(ctx, doc)
    local kit = tz.kit
    kit.cover(ctx, doc, "创建工作进展情况")
    local h = kit.sections(doc)
    h("工作进展")
    kit.overview(ctx, doc)
    kit.category_table(ctx, doc)
    star_section(ctx, doc)
    h("经验做法")
    kit.list_or(doc, kit.highlights(ctx, 6), "本月台账记录中没有填写经验做法，请在登记时补充备注。")
    h("存在问题")
    kit.list_or(doc, kit.problems(ctx, 6), "本月没有逾期或未达标事项。")
    kit.findings_section(ctx, doc, h, "检查发现问题整改情况")
    h("下一步打算")
    doc:list(kit.next_steps(ctx, "下月"))
    kit.signature(ctx, doc)
  end,
}
