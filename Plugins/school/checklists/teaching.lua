-- 教学常规：教学计划、开齐开足课程、查课、“六认真”检查、集体备课、作文、月报和开学/期中/期末检查。
tz.category{ id = "teaching", title = "教学常规", order = 70 }

tz.item{
  id = "teaching.term_plan",
  title = "制订学科教学计划",
  category = "teaching",
  kind = "task",
  every = "termly at start+7 holiday next",
  owner = "教导主任",
  cooperate = { "教研组长", "任课教师" },
  escalate = { "分管副校长" },
  evidence = { "教学计划" },
  note = "任课教师依据课程标准和学情制订，教导处审核。原文为“开学初”，默认开学后第7天前交齐。",
}

tz.item{
  id = "teaching.full_curriculum",
  title = "开齐课程开足课时",
  category = "teaching",
  kind = "standard",
  every = "termly at start+7 holiday next",
  owner = "教导主任",
  cooperate = { "分管副校长" },
  evidence = { "课程总表", "检查记录" },
  weight = 2,
  note = "严格执行课程计划，科学编排课程总表；调课须经教导处同意。在开学检查时对照查看。",
}

tz.item{
  id = "teaching.class_patrol",
  title = "每日随机查课",
  category = "teaching",
  kind = "metric",
  every = "daily on workdays",
  owner = "教导主任",
  evidence = { "查课记录" },
  target = { at_least = 2, unit = "次" },
  pause_in_vacation = true,
  note = "每天至少两次随机查课，保证教学秩序。",
}

tz.item{
  id = "teaching.six_earnest",
  title = "抽查教学“六认真”",
  category = "teaching",
  kind = "task",
  every = "2 times per month",
  owner = "教导主任",
  cooperate = { "教研组长" },
  escalate = { "分管副校长", "校长" },
  evidence = { "检查记录" },
  weight = 2,
  pause_in_vacation = true,
  note = "随机检查备课、上课、作业批改、辅导和考试等环节，每月两次，日期不固定；结果对照管理制度处理。",
}

tz.item{
  id = "teaching.group_prep",
  title = "开展集体备课",
  category = "teaching",
  kind = "task",
  every = "once per week",
  owner = "教研组长",
  cooperate = { "任课教师" },
  escalate = { "教导主任" },
  evidence = { "备课记录", "签到表" },
  pause_in_vacation = true,
  note = "发挥备课组作用，杜绝抄袭教案。原文未给频次，默认每周一次。",
}

tz.item{
  id = "teaching.composition",
  title = "布置并批改每周作文",
  category = "teaching",
  kind = "task",
  every = "once per week",
  owner = "任课教师",
  escalate = { "教研组长" },
  evidence = { "作文本", "批改记录" },
  pause_in_vacation = true,
  note = "一、二年级每周一篇写话；三至六年级每周一篇，大小作文每学期合计不少于20篇；大作文至少三分之一详批，每篇都要讲评。",
}

tz.item{
  id = "teaching.monthly_report",
  title = "报送教学常规月报",
  category = "teaching",
  kind = "task",
  every = "monthly on last workday",
  owner = "教导主任",
  cooperate = { "教研组长" },
  escalate = { "分管副校长", "校长" },
  evidence = { "月报", "检查记录" },
  weight = 2,
  pause_in_vacation = true,
  note = "备课和作业质量纳入月报。寒暑假内的月份不报。",
}

tz.item{
  id = "teaching.start_check",
  title = "完成开学教学常规检查",
  category = "teaching",
  kind = "task",
  every = "termly at start+7 holiday next",
  owner = "教导主任",
  cooperate = { "教研组长" },
  escalate = { "分管副校长", "校长", "责任督学" },
  evidence = { "自查表", "检查记录" },
  weight = 2,
  note = "上级（中心学校）每学期开学、期中、期末三次综合检查，备课作业质量加大分值。原文未给日期，默认开学后第7天。",
}

tz.item{
  id = "teaching.midterm_check",
  title = "完成期中教学常规检查",
  category = "teaching",
  kind = "task",
  every = "termly at midterm holiday next",
  owner = "教导主任",
  cooperate = { "教研组长" },
  escalate = { "分管副校长", "校长", "责任督学" },
  evidence = { "自查表", "检查记录" },
  weight = 2,
  note = "期中日期按学校配置的学期，未配置时取学期中点。",
}

tz.item{
  id = "teaching.end_check",
  title = "完成期末教学常规检查",
  category = "teaching",
  kind = "task",
  every = "termly at end-5 holiday previous",
  owner = "教导主任",
  cooperate = { "教研组长" },
  escalate = { "分管副校长", "校长", "责任督学" },
  evidence = { "自查表", "检查记录", "优秀教案和作业名单" },
  weight = 2,
  note = "期末全面检查评价备课和作业，评出优秀教案、优秀作业并通报。原文未给日期，默认期末前5天。",
}
