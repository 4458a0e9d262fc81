-- 机关作风与工作纪律：领导带班抽查考勤并点名通报、月度股室考核、“八不”规范和个人文明行为。
tz.category{ id = "discipline", title = "作风纪律", order = 30 }

tz.item{
  id = "discipline.spot_check",
  title = "不打招呼抽查工作纪律",
  category = "discipline",
  kind = "task",
  every = "once per week",
  owner = "分管领导",
  cooperate = { "办公室主任", "纪检组长" },
  escalate = { "局长" },
  evidence = { "检查记录", "通报" },
  weight = 2,
  note = "每周随机一天，查迟到、早退和上班时间做与工作无关的事；发现违纪的点名通报。",
}

tz.item{
  id = "discipline.monthly_review",
  title = "汇总月度股室考核",
  category = "discipline",
  kind = "task",
  every = "monthly on last workday",
  owner = "办公室主任",
  escalate = { "分管领导", "局长" },
  evidence = { "考核表", "通报" },
  note = "把纪律抽查、环境卫生和制度执行的检查结果计入各股室当月考核。",
}

tz.item{
  id = "discipline.eight_nos",
  title = "遵守“八不”文明行为规范",
  category = "discipline",
  kind = "attestation",
  every = "once per year",
  owner = "股室负责人",
  evidence = { "承诺书" },
  statement = "本股室人员出行守规、垃圾分类、用餐节俭、婚丧从简、言行文明、上网文明、出游守序、经济守信，在公共场所无不文明行为。",
  note = "原文未给确认频次，默认每年签一次承诺，可在站点插件中修改。",
}

tz.item{
  id = "discipline.civil_conduct",
  title = "干部职工不文明行为被通报",
  category = "discipline",
  kind = "metric",
  every = "monthly on last workday",
  owner = "办公室主任",
  escalate = { "分管领导", "局长" },
  evidence = { "台账" },
  target = { at_most = 0, unit = "起" },
  note = "含交通违法、拒不配合测评问卷等影响创建的个人行为；原文规定当事人当年绩效评为末等，故按零容忍计；统计频次原文未给，默认每月一次。",
}

