-- 文明单位创建的组织推进：三个阶段（宣传发动、全面实施、自查达标）及各阶段的规定动作。
tz.category{ id = "campaign", title = "创建组织", order = 10 }

tz.phase{ id = "mobilise", title = "制订方案与宣传发动", from = "03-01", to = "04-30" }
tz.phase{ id = "implement", title = "全面实施", from = "04-01", to = "09-30" }
tz.phase{ id = "self_check", title = "自查达标与迎检", from = "10-01", to = "11-30" }

tz.item{
  id = "campaign.leading_group",
  title = "调整创建领导小组并分工",
  category = "campaign",
  kind = "task",
  every = "once during 03-01..04-30",
  phase = "mobilise",
  owner = "局长",
  cooperate = { "办公室主任" },
  escalate = { "上级文明办" },
  evidence = { "成立文件", "分工表" },
  weight = 2,
  note = "组长由主要负责人担任，分管领导任副组长，各股室负责人为成员；领导小组下设办公室并明确专人。",
}

tz.item{
  id = "campaign.plan",
  title = "印发年度创建实施方案",
  category = "campaign",
  kind = "task",
  every = "once during 03-01..04-30",
  phase = "mobilise",
  owner = "办公室主任",
  escalate = { "分管领导", "局长" },
  evidence = { "方案" },
  weight = 2,
  note = "方案写明指导思想、创建目标、工作措施、实施步骤、组织领导和奖惩办法。",
}

tz.item{
  id = "campaign.kickoff",
  title = "召开创建工作部署会",
  category = "campaign",
  kind = "task",
  every = "once during 03-01..04-30",
  phase = "mobilise",
  owner = "局长",
  cooperate = { "办公室主任" },
  evidence = { "会议记录", "签到表", "照片" },
  note = "部署全年创建任务，组织全体干部职工学习文明单位建设管理办法和考评细则。",
}

tz.item{
  id = "campaign.know_how",
  title = "发布创建应知应会",
  category = "campaign",
  kind = "task",
  every = "once during 03-01..03-31",
  phase = "mobilise",
  owner = "办公室主任",
  cooperate = { "信息员" },
  evidence = { "宣传材料", "公示截图" },
  note = "三月为创建宣传月，可结合公民道德宣传教育月开展；内容包括创建意义、措施和考评标准。",
}

tz.item{
  id = "campaign.progress_check",
  title = "领导小组检查创建进展",
  category = "campaign",
  kind = "task",
  every = "monthly on last workday during 04-01..09-30",
  phase = "implement",
  owner = "办公室主任",
  cooperate = { "股室负责人" },
  escalate = { "分管领导", "局长" },
  evidence = { "检查记录", "整改意见" },
  note = "原文为实施阶段“定期”检查验收，默认每月最后一个工作日一次，可在站点插件中修改；发现不足当场提出整改意见并跟踪。",
}

tz.item{
  id = "campaign.self_check",
  title = "对照测评标准开展自查",
  category = "campaign",
  kind = "task",
  every = "once during 10-01..11-30",
  phase = "self_check",
  owner = "办公室主任",
  cooperate = { "股室负责人" },
  escalate = { "分管领导", "局长", "上级文明办" },
  evidence = { "自查表", "整改台账" },
  weight = 3,
  note = "逐条对照文明单位测评体系打分，问题列入整改台账，整改完成后销号。",
}

tz.item{
  id = "campaign.summary",
  title = "总结创建工作并归档",
  category = "campaign",
  kind = "task",
  every = "once during 10-01..11-30",
  phase = "self_check",
  owner = "办公室主任",
  escalate = { "分管领导", "局长" },
  evidence = { "总结", "档案目录" },
  weight = 2,
  note = "写明目标完成情况、主要做法、存在问题和下一步打算；同时按测评项目把方案、记录、照片和总结分类归档，备文明单位复查和考核验收调阅。",
}

