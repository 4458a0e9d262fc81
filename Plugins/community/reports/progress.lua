-- 社区每月报送的进展情况：进展、经验做法、存在问题三部分。
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
    local stars = ctx.score.stars
    doc:paragraph(string.format("按各类别完成率达到九成计一星，本月共得 %d 星%s。", stars,
      stars >= 7 and "，达到达标社区要求" or "，尚未达到七星达标线"))
    h("经验做法")
    kit.list_or(doc, kit.highlights(ctx, 6), "本月台账记录中没有填写经验做法，请在登记时补充备注。")
    h("存在问题")
    kit.list_or(doc, kit.problems(ctx, 6), "本月没有逾期或未达标事项。")
    kit.signature(ctx, doc)
  end,
}
