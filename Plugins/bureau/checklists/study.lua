-- 学习型机关：周四学习日、年度学习计划、业务培训、文明上网规范和道德规范知晓率。
tz.category{ id = "study", title = "学习教育", order = 20 }

tz.item{
  id = "study.thursday",
  title = "周四集中学习日",
  category = "study",
  kind = "task",
  every = "weekly on thu holiday skip",
  owner = "党支部书记",
  cooperate = { "办公室主任" },
  escalate = { "分管领导", "局长" },
  evidence = { "签到表", "学习记录", "照片" },
  weight = 2,
  note = "可采用集中学、个人自学、专题辅导、心得交流或电教片等形式；周四逢法定节假日当周不安排。",
}

tz.item{
  id = "study.annual_plan",
  title = "拟定年度学习计划",
  category = "study",
  kind = "task",
  every = "once per year",
  owner = "党支部书记",
  cooperate = { "办公室主任" },
  evidence = { "学习计划" },
  note = "原文要求制定年度学习计划，未给完成时间；默认年内完成一次，建议放在年初。",
}

tz.item{
  id = "study.business_training",
  title = "组织业务培训",
  category = "study",
  kind = "task",
  every = "once per quarter",
  owner = "分管领导",
  cooperate = { "股室负责人" },
  evidence = { "培训通知", "签到表", "课件" },
  note = "原文为建立“定期”业务培训制度，默认每季度至少一次，可在站点插件中修改。",
}

tz.item{
  id = "study.online_civility",
  title = "组织学习文明上网规范",
  category = "study",
  kind = "task",
  every = "once per year",
  owner = "办公室主任",
  cooperate = { "股室负责人" },
  evidence = { "签收表", "学习记录" },
  note = "规范要求人手一份，可个人自学或以股室为单位学习，同时开展网络安全和保密知识宣传，要求不从事网络违法活动、不发布不当言论。",
}

tz.item{
  id = "study.moral_awareness",
  title = "基本道德规范知晓率",
  category = "study",
  kind = "metric",
  every = "once per year",
  owner = "办公室主任",
  evidence = { "问卷结果" },
  target = { at_least = 85, unit = "%", numerator = "答对人数", denominator = "受测人数" },
  note = "原文要求干部职工对20字基本道德规范的知晓率高于85%，此处按不低于85%计；测评时间原文未给，默认每年一次，建议在自查阶段前完成。",
}
