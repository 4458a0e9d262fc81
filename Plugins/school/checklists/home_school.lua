-- 家校共育：家长会、家长学校授课、家长委员会和家访。
tz.category{ id = "home_school", title = "家校共育", order = 110 }

tz.item{
  id = "home_school.parent_meeting",
  title = "召开家长会",
  category = "home_school",
  kind = "task",
  every = "2 times per term",
  owner = "班主任",
  cooperate = { "政教主任" },
  escalate = { "政教主任", "分管副校长" },
  evidence = { "签到表", "照片" },
  pause_in_vacation = true,
  note = "每学期两次。",
}

tz.item{
  id = "home_school.parent_class",
  title = "家长学校授课并答卷",
  category = "home_school",
  kind = "task",
  every = "once per term",
  owner = "政教主任",
  cooperate = { "班主任" },
  escalate = { "分管副校长" },
  evidence = { "讲稿", "签到表", "问卷结果" },
  pause_in_vacation = true,
  note = "每学期为家长讲一次课，并请家长答卷。",
}

tz.item{
  id = "home_school.committee",
  title = "组建新一届家长委员会",
  category = "home_school",
  kind = "task",
  every = "once during 09-01..10-31",
  owner = "政教主任",
  cooperate = { "班主任" },
  evidence = { "名单", "会议记录" },
  note = "吸收家长参与学校民主管理。原文未给时间，默认每学年秋季开学后两个月内组建。",
}

tz.item{
  id = "home_school.home_visit",
  title = "教师走访学生家庭",
  category = "home_school",
  kind = "task",
  every = "once per term",
  owner = "班主任",
  cooperate = { "任课教师" },
  evidence = { "家访记录", "照片" },
  pause_in_vacation = true,
  note = "了解学生家庭情况并听取家长意见。原文未给频次，默认每学期一轮。",
}
