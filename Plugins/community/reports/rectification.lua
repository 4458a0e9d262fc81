-- 整改台账：本期检查发现的问题和以前发现尚未销号的问题，逐条列出整改措施、责任人、时限和完成情况。
tz.report {
  id = "rectification",
  title = "整改台账",
  period = "month",
  summary = "检查发现问题的整改措施、责任人、时限和完成情况，整改率和销号率，报街道",
  body = function(ctx, doc) tz.kit.rectification(ctx, doc) end,
}
