-- 师德师风：承诺书、专项活动四个阶段（学习、自查、整改、验收）、问卷调查、标兵评选和零违法。
tz.category{ id = "ethics", title = "师德师风", order = 50 }

tz.phase{ id = "ethics_study", title = "学习讨论", from = "09-01", to = "09-30" }
tz.phase{ id = "ethics_self_check", title = "自查自纠", from = "10-01", to = "10-31" }
tz.phase{ id = "ethics_rectify", title = "整改提高", from = "11-01", to = "11-30" }
tz.phase{ id = "ethics_acceptance", title = "检查验收", from = "12-01", to = "12-31" }

tz.item{
  id = "ethics.pledge",
  title = "组织全员签订师德承诺书",
  category = "ethics",
  kind = "task",
  every = "once during 02-15..03-31",
  owner = "党支部书记",
  cooperate = { "班主任", "任课教师" },
  escalate = { "校长" },
  evidence = { "承诺书" },
  note = "原文为“年初”签订，默认在春季开学前后（2月15日至3月31日）完成，可在站点插件中修改。",
}

tz.item{
  id = "ethics.study",
  title = "学习教师职业道德规范",
  category = "ethics",
  kind = "task",
  every = "once during 09-01..09-30",
  owner = "党支部书记",
  cooperate = { "教研组长" },
  evidence = { "签到表", "会议记录", "学习笔记" },
  phase = "ethics_study",
  note = "以专题讲座、阅读名著、学校发展大家谈等形式组织学习讨论。",
}

tz.item{
  id = "ethics.self_check",
  title = "教师逐人开展师德自查",
  category = "ethics",
  kind = "task",
  every = "once during 10-01..10-31",
  owner = "分管副校长",
  cooperate = { "班主任", "任课教师" },
  escalate = { "校长" },
  evidence = { "自查表" },
  phase = "ethics_self_check",
  note = "每位教师对照规范写出自查材料，边学边改。",
}

tz.item{
  id = "ethics.rectify",
  title = "整改师德突出问题",
  category = "ethics",
  kind = "task",
  every = "once during 11-01..11-30",
  owner = "分管副校长",
  escalate = { "校长", "责任督学" },
  evidence = { "整改台账" },
  weight = 2,
  phase = "ethics_rectify",
  note = "自查和问卷中发现的问题逐条登记，写明整改措施和完成时间。",
}

tz.item{
  id = "ethics.acceptance",
  title = "考评教师师德并迎接验收",
  category = "ethics",
  kind = "task",
  every = "once during 12-01..12-31",
  owner = "校长",
  cooperate = { "党支部书记", "分管副校长" },
  escalate = { "责任督学" },
  evidence = { "考评表", "总结" },
  weight = 2,
  phase = "ethics_acceptance",
  note = "上级师德督导组对全体教师考评；学校推广经验、树立典型，查处违纪的人和事。",
}

tz.item{
  id = "ethics.survey",
  title = "开展师德师风问卷调查",
  category = "ethics",
  kind = "task",
  every = "once per term",
  owner = "政教主任",
  cooperate = { "班主任" },
  evidence = { "问卷结果" },
  pause_in_vacation = true,
  note = "面向学生和家长了解教师教学行为和家校沟通情况，结果发到各办公室接受监督。原文为“定期”，默认每学期一次。",
}

tz.item{
  id = "ethics.conduct",
  title = "确认教职工遵守师德规范",
  category = "ethics",
  kind = "attestation",
  every = "termly at end holiday previous",
  owner = "校长",
  cooperate = { "党支部书记" },
  escalate = { "责任督学" },
  evidence = { "承诺书" },
  weight = 2,
  statement = "本学期全校教职工为人师表，平等对待家长、关爱学生，未使用教师忌语；发现的违规问题均已登记处理。",
}

tz.item{
  id = "ethics.vice_zero",
  title = "教职工涉黄赌毒保持为零",
  category = "ethics",
  kind = "metric",
  every = "termly at end holiday previous",
  owner = "党支部书记",
  escalate = { "校长", "责任督学" },
  evidence = { "台账" },
  weight = 3,
  target = { at_most = 0, unit = "人" },
  note = "统计本学期参与黄、赌、毒或有违法犯罪行为的教职工人数，目标为零。",
}

tz.item{
  id = "ethics.model_award",
  title = "评选表彰师德标兵",
  category = "ethics",
  kind = "task",
  every = "once per year",
  owner = "党支部书记",
  cooperate = { "工会主席" },
  evidence = { "评选材料", "通报" },
  note = "同时评选优秀党员、优秀教师、优秀班主任和优秀德育工作者。原文未给时间，默认每年一次。",
}
