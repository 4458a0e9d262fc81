-- 教师专业成长：读书笔记、教学论文、“五个一”竞赛、暑期网络研修和继续教育合格率。
tz.category{ id = "growth", title = "教师专业成长", order = 60 }

tz.phase{ id = "training_topics", title = "研修选专题", from = "06-25", to = "07-02" }
tz.phase{ id = "training_required", title = "必修课学习", from = "07-26", to = "10-30" }

tz.item{
  id = "growth.reading_notes",
  title = "收交教师读书笔记",
  category = "growth",
  kind = "metric",
  every = "termly at end-7 holiday previous",
  owner = "教导主任",
  cooperate = { "教研组长" },
  evidence = { "读书笔记" },
  target = { equals = 100, unit = "%", numerator = "交读书笔记教师数", denominator = "专任教师数" },
  note = "每位教师每学期写一篇读书笔记。收交日期原文未给，默认期末前7天。",
}

tz.item{
  id = "growth.papers",
  title = "收交教师教学论文",
  category = "growth",
  kind = "metric",
  every = "termly at end-7 holiday previous",
  owner = "教导主任",
  cooperate = { "教研组长" },
  evidence = { "论文" },
  target = { equals = 100, unit = "%", numerator = "交论文教师数", denominator = "专任教师数" },
  note = "每位教师每学期一至两篇，按至少一篇计入。收交日期原文未给，默认期末前7天。",
}

tz.item{
  id = "growth.five_ones",
  title = "开展“五个一”教学竞赛",
  category = "growth",
  kind = "task",
  every = "once per year",
  owner = "教导主任",
  cooperate = { "教研组长", "任课教师" },
  evidence = { "教案", "论文", "评比表" },
  note = "每位教师交一份特色教案、一份教材分析、一节汇报课、一篇论文和一份练习设计。原文未给频次，默认每年一次。",
}

tz.item{
  id = "growth.training_topics",
  title = "选定年度网络研修专题",
  category = "growth",
  kind = "task",
  every = "once during 06-25..07-02",
  owner = "教导主任",
  evidence = { "选课清单" },
  phase = "training_topics",
  note = "学校在规定窗口内为各学科选专题，7月3日起教师选课。",
}

tz.item{
  id = "growth.training_required",
  title = "督促教师完成研修必修课",
  category = "growth",
  kind = "task",
  every = "once during 07-26..10-30",
  owner = "教导主任",
  cooperate = { "教研组长" },
  escalate = { "分管副校长" },
  evidence = { "学习记录", "平台截图" },
  phase = "training_required",
  pause_in_vacation = false,
  note = "必修课跨暑假进行，假期不暂停；年度学分登记截止到12月31日。",
}

tz.item{
  id = "growth.continuing_pass",
  title = "继续教育考核全员合格",
  category = "growth",
  kind = "metric",
  every = "yearly on 12-31 holiday previous",
  owner = "教导主任",
  escalate = { "分管副校长", "校长" },
  evidence = { "合格名单", "平台截图" },
  target = { equals = 100, unit = "%", numerator = "考核合格教师数", denominator = "参训教师数" },
  note = "与年度学分登记截止日（12月31日）一致。",
}
