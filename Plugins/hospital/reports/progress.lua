-- 医院行风建设工作进展报告：工作进展、主要成效、典型案例、存在问题和困难四部分。
tz.report {
  id = "progress",
  title = "行风建设工作进展报告",
  period = "month",
  summary = "按工作进展、主要成效、典型案例、存在问题和困难四部分上报",
  body = function(ctx, doc)
    local kit = tz.kit
    kit.cover(ctx, doc, "行风建设工作进展报告")
    local h = kit.sections(doc)
    h("工作进展")
    kit.overview(ctx, doc)
    local rows = {}
    for _, p in ipairs(ctx.phases) do
      rows[#rows + 1] = { p.title, kit.range_text(p.from, p.to), p.state }
    end
    if #rows > 0 then
      doc:table { caption = "专项治理阶段", header = { "阶段", "时间", "状态" }, rows = rows,
        align = { "left", "center", "center" } }
    end
    kit.category_table(ctx, doc)
    h("主要成效")
    local results = {}
    for _, m in ipairs(ctx.items) do
      if m.met == true then
        results[#results + 1] = string.format("%s达到 %s（目标 %s）。", m.title, m.value_text, m.target)
      end
    end
    -- 典型案例一节专写监督投诉类记录，成效这里不再重复。
    for _, line in ipairs(kit.highlights(ctx, 6, { supervision = true })) do results[#results + 1] = line end
    kit.list_or(doc, results, "本月暂无可量化的成效记录。")
    h("典型案例")
    local cases = {}
    for _, n in ipairs(ctx.notes) do
      if n.category == "supervision" then cases[#cases + 1] = n.title .. "：" .. n.note end
    end
    kit.list_or(doc, cases, "本月监督投诉与追责台账中没有记录典型案例。")
    h("存在问题和困难")
    kit.list_or(doc, kit.problems(ctx, 8), "本月没有逾期或未达标事项。")
    kit.findings_section(ctx, doc, h, "检查发现问题整改情况")
    h("下一步打算")
    doc:list(kit.next_steps(ctx, "下月"))
    kit.signature(ctx, doc)
  end,
}
