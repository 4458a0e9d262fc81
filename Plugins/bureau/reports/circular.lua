-- 教育局等上级机关的季度通报：对下属单位按完成率、逾期数和得分排名。
tz.report {
  id = "circular",
  title = "工作情况通报",
  period = "quarter",
  rollup = true,
  summary = "汇总下属单位本季度完成情况，排名通报",
  body = function(ctx, doc)
    local kit = tz.kit
    doc:title(ctx.unit.name .. "关于" .. ctx.period.title .. "工作情况的通报", { addressee = "各下属单位：" })
    local ranked = kit.ranking(ctx.children)
    local total, done, overdue = 0, 0, 0
    for _, c in ipairs(ranked) do
      total, done, overdue = total + c.counted, done + c.done, overdue + c.overdue
    end
    local rate = total == 0 and 100 or done * 100 / total
    doc:paragraph(string.format(
      "现将%s各单位台账工作完成情况通报如下。本季度 %d 个单位应办事项 %d 项次，已完成 %d 项次，总体完成率 %s，逾期 %d 项次。",
      ctx.period.title, #ranked, total, done, kit.pct(rate), overdue))
    local h = kit.sections(doc)
    h("完成情况排名")
    if #ranked == 0 then
      doc:paragraph("本单位没有下属单位。")
    else
      kit.ranking_section(doc, ranked)
    end
    h("表扬和督促")
    -- 表扬：等次优秀的单位；没有优秀时，表扬完成率第一且没有逾期的单位。
    -- 督促：等次不合格的单位，以及排名在后一半且有逾期的单位；排名第一的不在其列。
    local good, weak = {}, {}
    for _, c in ipairs(ranked) do
      if c.grade == "优秀" then good[#good + 1] = c.unit.name end
    end
    local praise
    if #good > 0 then
      praise = string.format("经综合评定，%s等次为优秀，予以通报表扬。", table.concat(good, "、"))
    elseif #ranked > 0 and ranked[1].overdue == 0 then
      praise = string.format("%s完成率%s，没有逾期事项，排名第一，予以通报表扬。", ranked[1].unit.name, kit.pct(ranked[1].rate))
    else
      praise = "本季度没有评为优秀的单位。"
    end
    doc:paragraph(praise)
    local half = math.ceil(#ranked / 2)
    for _, c in ipairs(ranked) do
      if c.rank > 1 and (c.grade == "不合格" or (c.rank > half and c.overdue > 0)) then
        weak[#weak + 1] = string.format("%s完成率%s、逾期%d项次，等次为%s", c.unit.name, kit.pct(c.rate), c.overdue, c.grade)
      end
    end
    if #weak > 0 then
      doc:paragraph("以下单位完成率偏低或逾期较多，予以督促：" .. table.concat(weak, "；") .. "。")
    else
      doc:paragraph("各单位完成情况较好，本季度没有需要督促的单位。")
    end
    -- 有下属单位检查发现问题时，通报各单位整改情况和逾期、挂牌督办的问题；都没有时不写这一节。
    local fixed, clean = kit.findings_ranking(ctx.children)
    if #fixed > 0 then
      h("检查发现问题整改情况")
      kit.findings_ranking_section(doc, fixed, clean)
      kit.supervision_table(doc, fixed, ctx.period.year)
    end
    h("工作要求")
    doc:paragraph("有逾期事项的单位要在通报下发后十个工作日内完成整改并补齐台账，整改情况报局办公室。")
    if #fixed > 0 then
      doc:paragraph("检查发现的问题要按整改台账逐条整改，整改完成后及时申请验收销号；挂牌督办的问题由单位主要负责人亲自督办。")
    end
    kit.signature(ctx, doc)
  end,
}
