-- 九不准专项治理的年度步骤：学习发动 → 二月自查梳理 → 三至四月检查整改 → 五月回头看与总结上报。
tz.category{ id = "campaign", title = "专项治理步骤", order = 20 }

tz.phase{ id = "self_check", title = "自查梳理", from = "02-01", to = "02-28" }
tz.phase{ id = "inspect_rectify", title = "检查整改", from = "03-01", to = "04-30" }
tz.phase{ id = "consolidate", title = "巩固总结", from = "05-01", to = "05-31" }

local EARLY = "原文的学习发动阶段没有写明日期；默认放在一月，赶在二月自查之前完成，可在站点插件中修改。"

tz.item{
  id = "campaign.plan",
  title = "制定九不准年度实施方案",
  category = "campaign",
  kind = "task",
  every = "once during 01-01..01-31 holiday previous",
  owner = "医德医风办主任",
  cooperate = { "院办主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "方案", "印发文件" },
  weight = 2,
  note = EARLY .. "方案写明指导思想、九项要求、各职能科室分工和三个阶段的时间。",
}


tz.item{
  id = "campaign.mobilise_meeting",
  title = "召开九不准贯彻动员会",
  category = "campaign",
  kind = "task",
  every = "once during 01-01..01-31 holiday previous",
  owner = "院办主任",
  cooperate = { "医德医风办主任", "科室主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "会议记录", "签到表", "照片" },
  note = EARLY .. "会上传达上级文件精神，全院中层以上人员参加。",
}

tz.item{
  id = "campaign.department_self_check",
  title = "各科室逐项自查九不准",
  category = "campaign",
  kind = "task",
  every = "once during 02-01..02-28 holiday previous",
  phase = "self_check",
  owner = "科室主任",
  escalate = { "医德医风办主任", "分管院长", "院长" },
  evidence = { "自查表", "问题清单" },
  weight = 2,
  note = "对照九项要求逐条查找问题；损害群众利益的做法当场纠正，其余列入问题清单。",
}

tz.item{
  id = "campaign.self_check_summary",
  title = "汇总全院自查问题清单",
  category = "campaign",
  kind = "task",
  every = "once during 02-01..02-28 holiday previous",
  phase = "self_check",
  owner = "医德医风办主任",
  escalate = { "分管院长", "院长" },
  evidence = { "问题清单", "整改台账" },
  note = "把各科室自查结果汇成一张清单，每个问题写明责任科室和整改时限，作为检查整改阶段的起点。",
}

tz.item{
  id = "campaign.joint_inspection",
  title = "联合检查组检查各科室",
  category = "campaign",
  kind = "task",
  every = "once during 03-01..04-30 holiday previous",
  phase = "inspect_rectify",
  owner = "医德医风办主任",
  cooperate = { "纪委书记", "医务科科长", "财务科科长" },
  escalate = { "分管院长", "院长" },
  evidence = { "检查记录", "照片", "反馈意见" },
  weight = 2,
  note = "由领导小组组织联合检查组，覆盖全院所有科室；检查发现的问题逐条反馈到科室。",
}

tz.item{
  id = "campaign.rectification",
  title = "逐项整改检查发现的问题",
  category = "campaign",
  kind = "task",
  every = "once during 03-01..04-30 holiday previous",
  phase = "inspect_rectify",
  owner = "科室主任",
  cooperate = { "医德医风办主任" },
  escalate = { "纪委书记", "分管院长", "院长" },
  evidence = { "整改台账", "整改报告" },
  weight = 2,
  note = "每个问题一条台账：发现、交办、整改、复核、销号；院纪委全程跟踪督促。",
}

tz.item{
  id = "campaign.performance_scheme",
  title = "对照九不准修订绩效方案",
  category = "campaign",
  kind = "task",
  every = "once during 03-01..04-30 holiday previous",
  phase = "inspect_rectify",
  owner = "人事科科长",
  cooperate = { "财务科科长" },
  escalate = { "分管院长", "院长" },
  evidence = { "绩效考核方案", "职代会或院务会记录" },
  note = "去掉与药品、检查收入挂钩的考核指标，既合规又能调动职工积极性。",
}

tz.item{
  id = "campaign.look_back",
  title = "开展九不准“回头看”",
  category = "campaign",
  kind = "task",
  every = "once during 05-01..05-31 holiday previous",
  phase = "consolidate",
  owner = "医德医风办主任",
  cooperate = { "纪委书记", "科室主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "复查记录", "整改台账" },
  note = "逐条复核整改台账，未销号的问题跟踪到底，并把有效做法固化为制度。",
}

tz.item{
  id = "campaign.report_upward",
  title = "总结专项治理并上报",
  category = "campaign",
  kind = "task",
  every = "once during 05-01..05-31 holiday previous",
  phase = "consolidate",
  owner = "医德医风办主任",
  cooperate = { "医务科科长", "院办主任" },
  escalate = { "分管院长", "院长", "卫健委主管科室" },
  evidence = { "总结", "报送回执" },
  weight = 2,
  note = "总结分四部分：工作进展、主要成效、重大案件、问题与困难；经院长审定后报上级卫生健康部门。",
}
