-- 清廉学校与校务公开：校务和财务公开、规范收费、教代会、干部民主测评和廉洁教育。
tz.category{ id = "integrity", title = "清廉学校与校务公开", order = 20 }

tz.item{
  id = "integrity.affairs_open",
  title = "公开校务重大事项",
  category = "integrity",
  kind = "task",
  every = "monthly on last workday",
  owner = "办公室主任",
  cooperate = { "工会主席" },
  escalate = { "分管副校长", "校长" },
  evidence = { "公示截图", "照片" },
  weight = 2,
  pause_in_vacation = true,
  note = "涉及学校发展和师生切身利益的事项，通过教职工会议、工作群或公告栏公开。原文为“及时公开、定期通报”，默认每月末集中公开一次，临时事项随时公开。",
}

tz.item{
  id = "integrity.finance_open",
  title = "公开财务收支与收费",
  category = "integrity",
  kind = "task",
  every = "once per term",
  owner = "总务主任",
  cooperate = { "工会主席" },
  escalate = { "校长" },
  evidence = { "公示截图", "台账" },
  weight = 2,
  note = "政务、事务、财务一并公开，实行民主理财。原文未给频次，默认每学期一次。",
}

tz.item{
  id = "integrity.fee_pledge",
  title = "确认收费行为规范",
  category = "integrity",
  kind = "attestation",
  every = "termly at start+14 holiday next",
  owner = "校长",
  cooperate = { "总务主任" },
  escalate = { "责任督学" },
  evidence = { "承诺书", "公示截图" },
  weight = 2,
  statement = "本学期学校的各项收费均按批准的项目和标准执行并已公示，遵守财经纪律，没有自立名目向学生收费。",
  note = "收费集中在开学初，默认开学后第14天确认。",
}

tz.item{
  id = "integrity.staff_congress",
  title = "召开教职工代表大会",
  category = "integrity",
  kind = "task",
  every = "once per year",
  owner = "工会主席",
  cooperate = { "校长" },
  escalate = { "校长" },
  evidence = { "会议记录", "签到表", "决议" },
  note = "学校重大决策事项须经教代会讨论通过。原文未给频次，默认每年至少一次。",
}

tz.item{
  id = "integrity.cadre_review",
  title = "开展中层以上干部民主测评",
  category = "integrity",
  kind = "task",
  every = "once during 12-01..12-31",
  owner = "党支部书记",
  cooperate = { "工会主席" },
  escalate = { "校长" },
  evidence = { "测评表", "问卷结果", "总结" },
  note = "原文要求每年度测评一次，未给日期，默认每年12月内完成。",
}

tz.item{
  id = "integrity.clean_education",
  title = "开展党风廉政和法纪教育",
  category = "integrity",
  kind = "task",
  every = "once per term",
  owner = "党支部书记",
  evidence = { "签到表", "照片", "讲稿" },
  pause_in_vacation = true,
  note = "以专题讲座或集会形式进行。原文未给频次，默认每学期一次。",
}
