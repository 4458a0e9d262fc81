-- 卫生与健康：眼保健操、每天一小时体育活动、卫生评比、健康讲座、防病、爱国卫生月、艾滋病日和食堂。
tz.category{ id = "health", title = "卫生与健康", order = 100 }

tz.item{
  id = "health.eye_exercise",
  title = "做好每日眼保健操",
  category = "health",
  kind = "task",
  every = "daily on workdays",
  owner = "班主任",
  cooperate = { "健康教育教师" },
  evidence = { "检查记录" },
  pause_in_vacation = true,
  note = "注意用眼卫生和正确坐姿，提高眼保健操质量。",
}

tz.item{
  id = "health.activity_hour",
  title = "保证每天体育活动1小时",
  category = "health",
  kind = "metric",
  every = "daily on workdays",
  owner = "教导主任",
  cooperate = { "班主任", "任课教师" },
  evidence = { "课表", "检查记录" },
  target = { at_least = 1, unit = "小时" },
  pause_in_vacation = true,
  note = "上好体育课和两操，学生在校体育活动时间每天不少于1小时。",
}

tz.item{
  id = "health.hygiene_contest",
  title = "开展班级卫生评比",
  category = "health",
  kind = "task",
  every = "weekly on fri holiday previous",
  owner = "政教主任",
  cooperate = { "班主任" },
  evidence = { "评比表" },
  pause_in_vacation = true,
  note = "结果作为文明班级评选的主要条件。原文未给频次，默认每周五评一次。",
}

tz.item{
  id = "health.lecture",
  title = "举办卫生知识讲座",
  category = "health",
  kind = "task",
  every = "once per term",
  owner = "健康教育教师",
  cooperate = { "班主任" },
  evidence = { "讲稿", "照片" },
  pause_in_vacation = true,
  note = "同时更新卫生黑板报。原文为“定期”，默认每学期至少一次讲座。",
}

tz.item{
  id = "health.common_disease",
  title = "矫治学生常见病",
  category = "health",
  kind = "task",
  every = "once per term",
  owner = "健康教育教师",
  cooperate = { "班主任" },
  evidence = { "台账" },
  pause_in_vacation = true,
  note = "对龋齿、近视、沙眼、贫血等学生登记并督促矫治。原文未给频次，默认每学期一次。",
}

tz.item{
  id = "health.spring_epidemic",
  title = "宣传春季传染病预防",
  category = "health",
  kind = "task",
  every = "once during 03-01..04-30",
  owner = "健康教育教师",
  cooperate = { "班主任" },
  evidence = { "照片", "宣传材料" },
  pause_in_vacation = true,
  note = "原文只说“春季”，默认3月至4月内完成。",
}

tz.item{
  id = "health.patriotic_month",
  title = "参加爱国卫生月活动",
  category = "health",
  kind = "task",
  every = "once during 04-01..04-30",
  owner = "总务主任",
  cooperate = { "健康教育教师", "班主任" },
  evidence = { "照片", "爱国卫生档案" },
  pause_in_vacation = true,
  note = "结合红十字宣传；爱国卫生月在每年4月。",
}

tz.item{
  id = "health.archive",
  title = "规范爱国卫生档案",
  category = "health",
  kind = "standard",
  every = "once per year",
  owner = "健康教育教师",
  cooperate = { "总务主任" },
  escalate = { "分管副校长" },
  evidence = { "爱国卫生档案", "整改记录" },
  note = "迎接县疾控中心卫生监督和教育局督导检查，发现问题及时整改。原文未给检查日期，默认每年核查一次。",
}

tz.item{
  id = "health.aids_day",
  title = "开展12月1日艾滋病日宣传",
  category = "health",
  kind = "task",
  every = "yearly on 12-01 holiday previous",
  owner = "健康教育教师",
  cooperate = { "政教主任", "班主任" },
  evidence = { "照片", "宣传材料" },
  pause_in_vacation = true,
  note = "世界艾滋病日，遇周末提前到上一个工作日。",
}

tz.item{
  id = "health.canteen",
  title = "检查食堂每日餐食",
  category = "health",
  kind = "task",
  every = "daily on workdays",
  owner = "总务主任",
  evidence = { "检查记录" },
  pause_in_vacation = true,
  applies = function(unit) return unit.attributes["食堂"] == "有" end,
  note = "仅有食堂的学校。按考核要求检查餐点的质量和卫生。",
}
