-- Culture and learning: weekly activities, monthly contests, and the four-into-community themes.
tz.category{ id = "culture", title = "文化与学习型社区", order = 70 }

tz.item{
  id = "culture.weekly_activity",
  title = "每周组织一次文体活动",
  category = "culture",
  kind = "task",
  every = "once per week",
  owner = "文教专干",
  cooperate = { "老年协会会长" },
  evidence = { "活动记录", "照片" },
  note = "广场、楼院或家庭文化活动都算；星期几由社区自定。",
}

tz.item{
  id = "culture.monthly_contest",
  title = "每月举办一次比赛",
  category = "culture",
  kind = "task",
  every = "once per month",
  owner = "文教专干",
  escalate = { "居委会主任" },
  evidence = { "活动方案", "获奖名单", "照片" },
  note = "文体、才艺、厨艺或知识竞赛均可，例如道德建设知识竞赛、公民道德演讲赛。",
}

tz.item{
  id = "culture.four_into",
  title = "开展“四进社区”活动",
  category = "culture",
  kind = "task",
  every = "once per quarter",
  owner = "文教专干",
  cooperate = { "卫生专干", "综治专干" },
  escalate = { "居委会主任" },
  evidence = { "活动方案", "签到表", "照片" },
  note = "把法律、科技、卫生、文化四类知识送进社区。原文未给频次，默认每季度安排一类，一年轮完，可修改。",
}

tz.item{
  id = "culture.venues_open",
  title = "文体活动场所向居民开放",
  category = "culture",
  kind = "standard",
  every = "once during 10-01..10-15",
  phase = "self_check",
  owner = "文教专干",
  cooperate = { "居委会主任" },
  evidence = { "开放时间公示", "照片" },
  note = "社区文化室、健身场地和居民学校有固定开放时间并对外公示；能借用的驻区单位场地写明借用安排。自查阶段核对，也计入星级评定“办公设施”“主题活动”两项。",
}
