-- 文明校园创建：创建方案、学雷锋日、读书日、文明班级与宿舍评比、勤俭节约和校园环境。
local level = require("level")

tz.category{ id = "civility", title = "文明校园创建", order = 30 }

tz.item{
  id = "civility.plan",
  title = "制定文明校园创建方案",
  category = "civility",
  kind = "task",
  every = "termly at start+7 holiday next",
  owner = "党支部书记",
  cooperate = { "办公室主任" },
  escalate = { "校长" },
  evidence = { "方案", "会议记录" },
  note = "按县、市文明单位标准分解任务并明确各处室职责。原文为“开学初”，默认开学后第7天前完成。",
}

tz.item{
  id = "civility.lei_feng_day",
  title = "组织3月5日学雷锋活动",
  category = "civility",
  kind = "task",
  every = "yearly on 03-05 holiday next",
  owner = "少先队辅导员",
  cooperate = { "政教主任", "班主任" },
  evidence = { "方案", "照片", "总结" },
  pause_in_vacation = true,
  applies = level.has_pioneers,
  note = "召开动员会，各班成立学雷锋小组，开展敬老助残、送温暖活动。遇周末顺延到下一个工作日。",
}

tz.item{
  id = "civility.lei_feng_day_league",
  title = "组织3月5日学雷锋活动（团委）",
  category = "civility",
  kind = "task",
  every = "yearly on 03-05 holiday next",
  owner = "团委书记",
  cooperate = { "政教主任", "班主任" },
  evidence = { "方案", "照片", "总结" },
  pause_in_vacation = true,
  applies = level.league_only,
  note = "没有小学年级的中学由团委组织学雷锋志愿服务。遇周末顺延到下一个工作日。",
}

tz.item{
  id = "civility.reading_day",
  title = "组织4月23日读书日活动",
  category = "civility",
  kind = "task",
  every = "yearly on 04-23 holiday previous",
  owner = "教导主任",
  cooperate = { "班主任", "任课教师" },
  evidence = { "方案", "照片" },
  pause_in_vacation = true,
  note = "以世界读书日为契机开展师生读书活动。遇周末提前到上一个工作日。",
}

tz.item{
  id = "civility.class_award",
  title = "评选文明班级和文明学生",
  category = "civility",
  kind = "task",
  every = "termly at end-5 holiday previous",
  owner = "政教主任",
  cooperate = { "班主任" },
  evidence = { "评比表", "通报" },
  pause_in_vacation = true,
  note = "以日常常规量化和卫生评比结果为主要依据。原文未给时间，默认期末前5天评出。",
}

tz.item{
  id = "civility.dorm_award",
  title = "评比文明宿舍",
  category = "civility",
  kind = "task",
  every = "once per month",
  owner = "政教主任",
  cooperate = { "班主任", "总务主任" },
  evidence = { "检查记录", "评比表" },
  pause_in_vacation = true,
  applies = function(unit) return unit.attributes["寄宿"] == "是" end,
  note = "仅寄宿制学校。原文只提“创文明宿舍”，未给频次，默认每月评比一次。",
}

tz.item{
  id = "civility.thrift",
  title = "落实勤俭节约要求",
  category = "civility",
  kind = "standard",
  every = "termly at midterm holiday next",
  owner = "总务主任",
  cooperate = { "班主任" },
  evidence = { "照片", "检查记录" },
  note = "节约用电、用水、用纸和粮食，并对学生进行勤俭教育；期中检查时对照查看。",
}

tz.item{
  id = "civility.campus_culture",
  title = "保持校园文化和环境整洁",
  category = "civility",
  kind = "standard",
  every = "termly at start+7 holiday next",
  owner = "办公室主任",
  cooperate = { "总务主任", "班主任" },
  evidence = { "照片" },
  note = "办学理念、校训和主题版面上墙，校园绿化、美化、净化，无脏乱死角；在开学检查时对照查看。",
}
