-- 平安校园：安全责任状、门卫值班、课间巡查、安全教育、校舍排查、危房停用、周边整治和事故为零。
tz.category{ id = "safety", title = "平安校园", order = 90 }

tz.item{
  id = "safety.pledge",
  title = "签订安全目标责任状",
  category = "safety",
  kind = "task",
  every = "termly at start+7 holiday next",
  owner = "校长",
  cooperate = { "分管副校长", "班主任", "总务主任" },
  escalate = { "责任督学" },
  evidence = { "责任状" },
  weight = 2,
  note = "学校与各处室、班主任逐级签订。原文未给时间，默认每学期开学后第7天前签完。",
}

tz.item{
  id = "safety.gate_duty",
  title = "做好门卫值班登记",
  category = "safety",
  kind = "task",
  every = "daily",
  owner = "总务主任",
  evidence = { "值班记录" },
  pause_in_vacation = false,
  note = "寒暑假和节假日校园同样需要值守，因此不随假期暂停。",
}

tz.item{
  id = "safety.recess_patrol",
  title = "课间巡查学生活动",
  category = "safety",
  kind = "task",
  every = "daily on workdays",
  owner = "政教主任",
  cooperate = { "班主任" },
  evidence = { "巡查记录" },
  pause_in_vacation = true,
  note = "制止追逐打闹，发现隐患当场处理。",
}

tz.item{
  id = "safety.class_talk",
  title = "班主任进行安全提醒",
  category = "safety",
  kind = "task",
  every = "weekly on fri holiday previous",
  owner = "班主任",
  escalate = { "政教主任" },
  evidence = { "教育记录" },
  pause_in_vacation = true,
  note = "原文要求安全教育“时时讲、事事讲”，平台默认每周五放学前集中提醒并记一次。",
}

tz.item{
  id = "safety.building_check",
  title = "开学前排查校舍安全",
  category = "safety",
  kind = "task",
  every = "termly at start-5 holiday previous",
  owner = "总务主任",
  cooperate = { "分管副校长" },
  escalate = { "校长", "责任督学" },
  evidence = { "排查记录", "照片", "校舍安全档案" },
  weight = 3,
  pause_in_vacation = false,
  note = "逐栋检查并更新校舍安全档案，隐患报上级。排查在开学前进行，因此不随假期暂停；原文未给日期，默认开学前5天。",
}

tz.item{
  id = "safety.no_dangerous_building",
  title = "确认危险校舍已停用",
  category = "safety",
  kind = "attestation",
  every = "termly at start holiday next",
  owner = "校长",
  cooperate = { "总务主任" },
  escalate = { "责任督学" },
  evidence = { "鉴定报告", "照片" },
  weight = 3,
  statement = "本校没有继续使用经鉴定需拆除的危险校舍，废弃校舍已拆除或封闭停用。",
}

tz.item{
  id = "safety.surroundings",
  title = "整治校园周边环境",
  category = "safety",
  kind = "task",
  every = "once per month",
  owner = "政教主任",
  cooperate = { "法制副校长", "总务主任" },
  evidence = { "巡查记录", "照片" },
  pause_in_vacation = true,
  note = "劝离校门口流动摊贩，协调有关部门治理周边问题。原文未给频次，默认每月一次。",
}

tz.item{
  id = "safety.accident_zero",
  title = "安全责任事故保持为零",
  category = "safety",
  kind = "metric",
  every = "termly at end holiday previous",
  owner = "分管副校长",
  escalate = { "校长", "责任督学" },
  evidence = { "台账" },
  weight = 3,
  target = { at_most = 0, unit = "起" },
  note = "统计本学期发生的安全责任事故，目标为零。",
}
