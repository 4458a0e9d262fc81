-- 清廉型机关：党风廉政责任制、一岗双责、阳光操作和警示教育。
tz.category{ id = "integrity", title = "清廉机关", order = 40 }

tz.item{
  id = "integrity.responsibility",
  title = "签订党风廉政建设责任书",
  category = "integrity",
  kind = "task",
  every = "once per year",
  owner = "局长",
  cooperate = { "纪检组长", "分管领导", "股室负责人" },
  escalate = { "上级文明办" },
  evidence = { "责任书" },
  weight = 2,
  note = "主要负责人与班子成员、班子成员与分管股室逐级签订；原文未给时间，默认年内一次，建议年初完成。",
}

tz.item{
  id = "integrity.two_duties",
  title = "班子成员履行一岗双责",
  category = "integrity",
  kind = "attestation",
  every = "halfyearly on end",
  owner = "分管领导",
  escalate = { "局长" },
  evidence = { "承诺书", "述责述廉报告" },
  statement = "本人遵守廉洁自律各项规定，对分管股室的业务和党风廉政建设同时负责，发现问题及时纠正。",
  note = "原文要求落实一岗双责但未给频次，默认每半年末确认一次。",
}

tz.item{
  id = "integrity.sunshine",
  title = "人事财务采购阳光操作",
  category = "integrity",
  kind = "standard",
  every = "quarterly on end",
  owner = "办公室主任",
  cooperate = { "纪检组长" },
  evidence = { "公示截图", "采购记录", "财务台账" },
  weight = 2,
  note = "人事管理、财务支出和设备采购按程序公开办理，有章可循；默认每季度末检查一次。",
}

tz.item{
  id = "integrity.service_style",
  title = "杜绝门难进脸难看事难办",
  category = "integrity",
  kind = "attestation",
  every = "quarterly on end",
  owner = "股室负责人",
  escalate = { "分管领导", "纪检组长" },
  statement = "本股室在办事过程中没有推诿刁难、吃拿卡要的行为。",
  note = "原文未给频次，默认每季度末确认一次；收到投诉的季度须说明处理结果。",
}

tz.item{
  id = "integrity.warning_education",
  title = "开展党纪和警示教育",
  category = "integrity",
  kind = "task",
  every = "once per half",
  owner = "纪检组长",
  cooperate = { "党支部书记" },
  evidence = { "学习记录", "签到表", "照片" },
  note = "内容包括党性、党风、党纪教育和正反典型案例；原文未给频次，默认每半年至少一次。",
}
