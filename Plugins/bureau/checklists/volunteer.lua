-- 志愿服务与节日活动：固定纪念日的志愿服务、时长达标、网格整治、结对共建和文明祭扫。
tz.category{ id = "volunteer", title = "志愿服务与节日活动", order = 70 }

tz.item{
  id = "volunteer.lei_feng",
  title = "学雷锋纪念日志愿服务",
  category = "volunteer",
  kind = "task",
  every = "yearly on 03-05 holiday previous",
  owner = "党支部书记",
  cooperate = { "工会主席" },
  escalate = { "分管领导" },
  evidence = { "活动方案", "照片", "总结" },
  note = "可开展助学、献血、环保、文明劝导等服务；逢休息日提前到之前的最后一个工作日。",
}

tz.item{
  id = "volunteer.water_day",
  title = "中国水周节水宣传",
  category = "volunteer",
  kind = "task",
  every = "yearly on 03-22",
  owner = "党支部书记",
  evidence = { "照片", "宣传材料" },
  applies = function(unit) return (unit.attributes or {})["河长制"] == "是" end,
  note = "世界水日暨中国水周当天开展节水宣传志愿服务；只适用于承担涉水职责（河长制）的单位。",
}

tz.item{
  id = "volunteer.safety_month",
  title = "安全生产月志愿宣传",
  category = "volunteer",
  kind = "task",
  every = "once during 06-01..06-30",
  owner = "党支部书记",
  evidence = { "照片", "宣传材料" },
  note = "原文只写“安全生产月”，按全国惯例取6月，期间至少开展一次。",
}

tz.item{
  id = "volunteer.volunteer_day",
  title = "国际志愿者日志愿服务",
  category = "volunteer",
  kind = "task",
  every = "yearly on 12-05 holiday previous",
  owner = "党支部书记",
  cooperate = { "工会主席" },
  evidence = { "照片", "签到表" },
  note = "逢休息日提前到之前的最后一个工作日。",
}

tz.item{
  id = "volunteer.hours",
  title = "个人志愿服务时长达标率",
  category = "volunteer",
  kind = "metric",
  every = "once during 12-01..12-31",
  owner = "党支部书记",
  escalate = { "分管领导", "局长" },
  evidence = { "志愿服务时长记录" },
  target = { equals = 100, unit = "%", numerator = "时长达标人数", denominator = "在职人数" },
  weight = 2,
  note = "原文要求全体人员参加志愿服务，因个人原因时长不达标的取消当年评先评优；每人时长标准原文未给，由站点设定；默认12月统计一次。",
}

tz.item{
  id = "volunteer.grid",
  title = "分组轮流开展网格整治",
  category = "volunteer",
  kind = "task",
  every = "once per week",
  owner = "分管领导",
  cooperate = { "党支部书记" },
  escalate = { "局长" },
  evidence = { "整治记录", "照片" },
  applies = function(unit) return (unit.attributes or {})["结对社区"] == "有" end,
  note = "党员干部分3组依次轮流，整治结对社区的毁绿种菜、乱停乱放、乱摆摊点、乱晾乱晒等；原文为“常态化”，默认每周一组轮值一次。被通报整治不到位的，相关人员当年不得评先评优。",
}

tz.item{
  id = "volunteer.pairing",
  title = "与结对社区开展共建",
  category = "volunteer",
  kind = "task",
  every = "once per quarter",
  owner = "党支部书记",
  cooperate = { "工会主席" },
  evidence = { "活动记录", "照片" },
  applies = function(unit) return (unit.attributes or {})["结对社区"] == "有" end,
  note = "机关党支部与结对的社区或村开展共建服务，含帮扶救助、献爱心等；原文未给频次，默认每季度一次。",
}

tz.item{
  id = "volunteer.qingming",
  title = "清明文明祭扫活动",
  category = "volunteer",
  kind = "task",
  every = "once during 03-28..04-10",
  owner = "党支部书记",
  evidence = { "照片", "活动记录" },
  note = "线上或线下文明祭扫，结合红色文化教育；清明日期逐年不同，窗口取3月28日至4月10日。",
}

tz.item{
  id = "volunteer.memorial_day",
  title = "国家公祭日纪念活动",
  category = "volunteer",
  kind = "task",
  every = "yearly on 12-13",
  owner = "党支部书记",
  evidence = { "照片", "活动记录" },
  note = "纪念活动按当天安排，逢休息日也不挪动；可结合传统节日开展“我们的节日”系列活动。",
}

