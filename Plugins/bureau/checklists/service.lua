-- 为民服务：公开办理时限、投诉举报电话、网上留言答复和“四牌”公示。
tz.category{ id = "service", title = "为民服务", order = 50 }

tz.item{
  id = "service.time_limits",
  title = "公开办事规范和办理时限",
  category = "service",
  kind = "standard",
  every = "quarterly on end",
  owner = "办公室主任",
  cooperate = { "股室负责人" },
  evidence = { "服务指南", "公示截图" },
  weight = 2,
  note = "每项业务写明办理规范、时限和责任股室并对外公开；默认每季度末核对一次是否与实际一致。",
}

tz.item{
  id = "service.hotline",
  title = "公布投诉举报电话",
  category = "service",
  kind = "standard",
  every = "quarterly on end",
  owner = "办公室主任",
  evidence = { "公示截图", "照片" },
  note = "电话在门户网站和办事场所公开，号码变更时及时更新；默认每季度末核对一次。",
}

tz.item{
  id = "service.complaint_log",
  title = "登记并办结投诉举报",
  category = "service",
  kind = "task",
  every = "monthly on last workday",
  owner = "办公室主任",
  cooperate = { "股室负责人" },
  escalate = { "分管领导", "局长" },
  evidence = { "投诉登记簿", "办理回复" },
  note = "逐件登记来源、内容、责任股室、办理结果和回访情况；原文未给汇总频次，默认每月末核对一次。",
}

tz.item{
  id = "service.online_messages",
  title = "答复网站和信箱留言",
  category = "service",
  kind = "task",
  every = "daily on workdays",
  owner = "信息员",
  cooperate = { "股室负责人" },
  evidence = { "留言答复记录" },
  note = "门户网站和政府信箱的网友留言要及时、准确答复；原文为“及时”，默认每个工作日查看一次。",
}

tz.item{
  id = "service.four_signs",
  title = "制度上墙与“四牌”到位",
  category = "service",
  kind = "standard",
  every = "monthly on last fri",
  owner = "办公室主任",
  cooperate = { "股室负责人" },
  evidence = { "检查记录", "照片" },
  note = "各办公室制度上墙、职责立牌，工号、告示、指示、名称四类标牌齐全；原文为定期检查加不定期抽查并计入月度考核，默认每月最后一个周五检查。",
}
