-- 整改督办通报：下属单位检查发现问题的整改情况，按整改率、销号率排名，列出逾期和挂牌督办的问题。
tz.report {
  id = "supervision",
  title = "整改督办通报",
  period = "month",
  rollup = true,
  summary = "下属单位问题整改排名（整改率、销号率），逾期和挂牌督办问题逐单位通报",
  body = function(ctx, doc)
    local kit = tz.kit
    doc:title(ctx.unit.name .. "关于" .. ctx.period.title .. "检查发现问题整改情况的督办通报",
      { subtitle = "（" .. ctx.as_of_text .. "）", addressee = "各下属单位：" })
    local ranked, clean = kit.findings_ranking(ctx.children)
    local total, rectified, closed, overdue, supervised = 0, 0, 0, 0, 0
    for _, c in ipairs(ranked) do
      local n = c.findings.counts
      total, rectified, closed = total + n.total, rectified + n.rectified, closed + n.closed
      overdue, supervised = overdue + n.overdue, supervised + n.supervised
    end
    if total == 0 then
      doc:paragraph(string.format("截至%s，%d 个下属单位本期均无检查发现问题。", ctx.date_text, #ctx.children))
      kit.signature(ctx, doc)
      return
    end
    doc:paragraph(string.format(
      "现将%s下属单位检查发现问题整改情况通报如下。%d 个单位共有问题 %d 个，已整改 %d 个、已销号 %d 个，"
        .. "整改率 %s，销号率 %s；逾期未整改 %d 个，挂牌督办 %d 个。",
      ctx.period.title, #ranked, total, rectified, closed, kit.pct(rectified * 100 / total),
      kit.pct(closed * 100 / total), overdue, supervised))
    local h = kit.sections(doc)
    h("整改情况排名")
    kit.findings_ranking_section(doc, ranked, clean)
    h("逾期和挂牌督办问题")
    local listed = kit.supervision_table(doc, ranked, ctx.period.year)
    h("督办要求")
    local asks = {}
    if listed > 0 then
      asks[#asks + 1] = "上表所列问题的责任单位要在通报下发后五个工作日内整改到位，报局办公室验收销号；"
        .. "挂牌督办的问题由单位主要负责人亲自督办，逐周报告进展。"
    end
    asks[#asks + 1] = "各单位要对照整改台账逐条整改，整改完成后及时申请验收，不得以报代改；验收不合格的退回重改。"
    doc:list(asks)
    kit.signature(ctx, doc)
  end,
}
