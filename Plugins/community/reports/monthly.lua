-- 社区月度工作小结、自查表、年度总结和评分规则。
tz.score {
  id = "community",
  grades = { ["优秀"] = 90, ["良好"] = 80, ["合格"] = 60 },
  veto = { "safety.vice_cases" },
}

tz.report {
  id = "monthly",
  title = "月度工作小结",
  period = "month",
  summary = "本月各类事项完成情况、逾期事项、指标和亮点问题，报街道",
  body = function(ctx, doc) tz.kit.monthly(ctx, doc, "月度工作小结") end,
}

tz.report {
  id = "self_check",
  title = "自查表",
  period = "quarter",
  summary = "对照清单逐项自查，附佐证材料和否决项结论",
  body = function(ctx, doc) tz.kit.self_check(ctx, doc) end,
}

tz.report {
  id = "annual",
  title = "年度工作总结",
  period = "year",
  summary = "全年完成情况、目标对照、阶段推进和明年打算",
  body = function(ctx, doc) tz.kit.annual(ctx, doc) end,
}
