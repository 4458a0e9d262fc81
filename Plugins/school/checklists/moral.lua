-- 德育与少先队、共青团：升旗、班队会、常规量化、班主任例会、法治讲座、禁毒日和学生违法犯罪为零。
-- 少先队事项只属于有小学年级的学校，共青团事项只属于有中学年级的学校（见 level.lua）。
local level = require("level")

tz.category{ id = "moral", title = "德育与少先队", order = 40 }

tz.item{
  id = "moral.flag_raising",
  title = "举行周一升旗和国旗下讲话",
  category = "moral",
  kind = "task",
  every = "weekly on mon holiday next",
  owner = "少先队辅导员",
  cooperate = { "班主任" },
  evidence = { "讲话稿", "照片" },
  pause_in_vacation = true,
  applies = level.has_pioneers,
  note = "讲话围绕国情、道德规范、法律常识、文明礼仪和先进人物。周一放假时顺延到下一个工作日。"
    .. "中学由团委组织（见下一项）。",
}

tz.item{
  id = "moral.flag_raising_league",
  title = "举行周一升旗和国旗下讲话（团委）",
  category = "moral",
  kind = "task",
  every = "weekly on mon holiday next",
  owner = "团委书记",
  cooperate = { "班主任" },
  evidence = { "讲话稿", "照片" },
  pause_in_vacation = true,
  applies = level.league_only,
  note = "没有小学年级的中学由团委组织升旗。周一放假时顺延到下一个工作日。",
}

tz.item{
  id = "moral.class_meeting",
  title = "召开主题班队会",
  category = "moral",
  kind = "task",
  every = "once per month",
  owner = "班主任",
  cooperate = { "少先队辅导员" },
  escalate = { "政教主任" },
  evidence = { "教案", "照片" },
  pause_in_vacation = true,
  note = "内容含文明礼仪、感恩、守法和行为规范教育。原文为“定期举办”，默认每班每月至少一次。",
}

tz.item{
  id = "moral.routine_check",
  title = "检查班级日常行为规范",
  category = "moral",
  kind = "task",
  every = "daily on workdays",
  owner = "政教主任",
  cooperate = { "少先队辅导员", "班主任" },
  evidence = { "检查记录" },
  pause_in_vacation = true,
  note = "学生值日干部参与，从走路、上课、做操、排队、扫地等日常要求量化打分，结果用于评价班级和班主任。",
}

tz.item{
  id = "moral.head_teacher_meeting",
  title = "召开班主任工作例会",
  category = "moral",
  kind = "task",
  every = "once per month",
  owner = "政教主任",
  cooperate = { "班主任" },
  escalate = { "分管副校长" },
  evidence = { "会议记录", "签到表" },
  pause_in_vacation = true,
  note = "分析学生情况，研究德育问题，帮助班主任解决困难。原文为“定期召开”，默认每月一次。",
}

tz.item{
  id = "moral.pioneer_day",
  title = "开展少先队队日活动",
  category = "moral",
  kind = "task",
  every = "once per month",
  owner = "少先队辅导员",
  cooperate = { "班主任" },
  evidence = { "照片", "活动记录" },
  pause_in_vacation = true,
  applies = level.has_pioneers,
  note = "把义务劳动、公益活动和学雷锋小组到敬老院、五保户的慰问作为常规队日内容。原文为“经常组织”，默认每月一次。",
}

tz.item{
  id = "moral.league_day",
  title = "开展共青团团日活动",
  category = "moral",
  kind = "task",
  every = "once per month",
  owner = "团委书记",
  cooperate = { "班主任" },
  evidence = { "照片", "活动记录" },
  pause_in_vacation = true,
  applies = level.has_league,
  note = "中学团组织的主题团日，可结合志愿服务和学雷锋活动。原文只写了少先队，中学按团组织对应设置，默认每月一次，可修改。",
}

tz.item{
  id = "moral.law_lecture",
  title = "法制副校长开设法治讲座",
  category = "moral",
  kind = "metric",
  every = "once per term",
  owner = "法制副校长",
  cooperate = { "政教主任" },
  escalate = { "分管副校长", "校长" },
  evidence = { "讲稿", "签到表", "照片" },
  weight = 2,
  target = { at_least = 1, unit = "次" },
  pause_in_vacation = true,
  note = "每学期至少一次法制教育报告或讲座，可由校外法制辅导员代讲。",
}

tz.item{
  id = "moral.anti_drug_day",
  title = "开展6月26日禁毒日教育",
  category = "moral",
  kind = "task",
  every = "yearly on 06-26 holiday previous",
  owner = "政教主任",
  cooperate = { "法制副校长", "班主任" },
  evidence = { "方案", "照片" },
  pause_in_vacation = true,
  note = "可结合远离网吧、远离赌博和不良嗜好等主题。遇周末提前到上一个工作日。",
}

tz.item{
  id = "moral.student_crime",
  title = "学生违法犯罪保持为零",
  category = "moral",
  kind = "metric",
  every = "termly at end holiday previous",
  owner = "政教主任",
  escalate = { "分管副校长", "校长", "责任督学" },
  evidence = { "台账" },
  weight = 3,
  target = { at_most = 0, unit = "人" },
  note = "记录本学期学生违法犯罪人数，目标为零。",
}
