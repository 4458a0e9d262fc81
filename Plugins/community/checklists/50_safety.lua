-- Public security and dispute mediation: screening, patrols, floating population and zero vice.
tz.category{ id = "safety", title = "平安建设与矛盾调解", order = 50 }

tz.item{
  id = "safety.dispute_screening",
  title = "排查调处矛盾纠纷",
  category = "safety",
  kind = "task",
  every = "monthly on last workday",
  owner = "综治专干",
  cooperate = { "网格员" },
  escalate = { "居委会主任", "社区党组织书记" },
  evidence = { "排查台账", "调解记录" },
  weight = 2,
  note = "把纠纷化解在社区、化解在萌芽；调不成的记入问题台账上报。原文未给频次，默认每月排查一轮，可修改。",
}

tz.item{
  id = "safety.patrol",
  title = "组织治安巡逻",
  category = "safety",
  kind = "task",
  every = "weekly on fri",
  owner = "综治专干",
  cooperate = { "网格员" },
  evidence = { "巡逻记录" },
  note = "顺带查看楼院的火灾、盗窃、自然灾害和破坏四类隐患（“四防”）。原文未给频次，默认每周一次（周五），可修改。",
}

tz.item{
  id = "safety.floating_population",
  title = "核查流动人口登记",
  category = "safety",
  kind = "task",
  every = "monthly on last workday",
  owner = "综治专干",
  cooperate = { "网格员" },
  evidence = { "流动人口台账" },
  note = "更新暂住和流动人口信息，并跟进刑满释放、解除劳教人员以及有不良行为的青少年的帮教。原文未给频次，默认每月一次。",
}

tz.item{
  id = "safety.vice_cases",
  title = "辖区黄赌毒案事件为零",
  category = "safety",
  kind = "metric",
  every = "quarterly on end",
  owner = "综治专干",
  escalate = { "居委会主任", "社区党组织书记", "街道指导员" },
  evidence = { "排查台账" },
  weight = 2,
  target = { at_most = 0, unit = "起" },
  note = "每季度末统计辖区发现的涉黄、涉赌、涉毒案事件起数。统计周期原文未给，默认按季度。",
}
