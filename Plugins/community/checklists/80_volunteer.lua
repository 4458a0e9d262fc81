-- Volunteers and the 3-5 learn-from-Lei-Feng day: plan before, activities in March, summary with photos after, regular service.
tz.category{ id = "volunteer", title = "志愿服务与学雷锋", order = 80 }

tz.item{
  id = "volunteer.leifeng_plan",
  title = "报送学雷锋活动计划",
  category = "volunteer",
  kind = "task",
  every = "yearly on 02-26",
  owner = "团支部书记",
  escalate = { "居委会主任", "社区党组织书记" },
  evidence = { "活动方案" },
  note = "活动前把计划报街道团委。原文只要求“活动前”报，默认3月5日前一周，可修改。",
}

tz.item{
  id = "volunteer.leifeng_board",
  title = "出学雷锋主题黑板报并讨论",
  category = "volunteer",
  kind = "task",
  every = "once during 03-01..03-31",
  owner = "团支部书记",
  cooperate = { "文教专干" },
  evidence = { "黑板报照片", "讨论记录" },
  note = "向团员青年发出倡议，出一期主题黑板报，组织一次雷锋精神当代意义的讨论。",
}

tz.item{
  id = "volunteer.leifeng_day",
  title = "3月5日开展学雷锋志愿服务",
  category = "volunteer",
  kind = "task",
  every = "yearly on 03-05",
  owner = "团支部书记",
  cooperate = { "民政专干", "卫生专干" },
  escalate = { "居委会主任" },
  evidence = { "活动记录", "照片" },
  weight = 2,
  note = "可选内容：关爱老人和残疾人、护绿清洁、义务劳动、一对一结对帮扶等。",
}

tz.item{
  id = "volunteer.leifeng_summary",
  title = "报送学雷锋活动总结",
  category = "volunteer",
  kind = "task",
  every = "once during 03-06..03-20",
  owner = "团支部书记",
  cooperate = { "信息员" },
  escalate = { "居委会主任", "社区党组织书记" },
  evidence = { "总结", "照片" },
  note = "把方案、过程和照片一并报街道团委，涌现的先进事迹另行报送；同时向分管领导汇报。原文只说“及时”，默认活动后两周内（3月20日前）。",
}

tz.item{
  id = "volunteer.regular_service",
  title = "组织志愿者常态服务",
  category = "volunteer",
  kind = "task",
  every = "once per month",
  owner = "团支部书记",
  cooperate = { "网格员" },
  evidence = { "志愿者名册", "服务记录", "照片" },
  note = "志愿者按注册管理办法登记，经常为居民做实事。原文为“经常开展”，默认每月至少一次，可修改。",
}
