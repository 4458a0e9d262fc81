-- Environment and sanitation: cleaners' daily duty windows, cleaning rate, cleaners' conduct, rural toilets and rubbish heaps.
tz.category{ id = "environment", title = "环境卫生", order = 60 }

tz.item{
  id = "environment.morning_sweep",
  title = "保洁员上午责任区清扫",
  category = "environment",
  kind = "task",
  every = "daily at 07:00-11:00",
  owner = "保洁员",
  evidence = { "保洁日志" },
  note = "在划定的责任区内清扫，顺带清理、摆放和擦洗垃圾桶；时段可随季节调整。",
}

tz.item{
  id = "environment.afternoon_patrol",
  title = "保洁员下午巡查捡拾",
  category = "environment",
  kind = "task",
  every = "daily at 13:00-17:00",
  owner = "保洁员",
  evidence = { "保洁日志" },
  note = "在责任区及周边街巷、空宅和新出现的卫生点巡视，随见随捡，垃圾及时清运；全天在岗合计8小时。",
}

tz.item{
  id = "environment.clean_rate",
  title = "责任区清扫保洁率",
  category = "environment",
  kind = "metric",
  every = "weekly on fri",
  owner = "卫生专干",
  cooperate = { "网格员" },
  escalate = { "居委会主任" },
  evidence = { "检查记录", "照片" },
  target = { equals = 100, unit = "%", numerator = "达标保洁区域数", denominator = "保洁责任区域数" },
  note = "逐个责任区抽看是否扫净、有无卫生死角。要求清扫率100%；检查频次原文未给，默认每周五一次。",
}

tz.item{
  id = "environment.cleaner_pledge",
  title = "保洁员守岗承诺",
  category = "environment",
  kind = "attestation",
  every = "monthly on first workday",
  owner = "保洁员",
  evidence = { "承诺书" },
  statement = "本人上岗穿保洁服，不在酒后上岗，工作时间不打牌、不闲聊。",
  note = "承诺频次原文未给，默认每月第一个工作日确认一次。",
}

tz.item{
  id = "environment.toilet_check",
  title = "入户查看改厕使用情况",
  category = "environment",
  kind = "task",
  every = "quarterly on end",
  owner = "卫生专干",
  cooperate = { "网格员" },
  escalate = { "居委会主任" },
  evidence = { "入户检查表", "照片" },
  applies = function(unit) return unit.attributes["区域"] == "农村" end,
  note = "看改厕后是否仍在正常使用、厕具有无损坏缺件、粪液是否及时抽取。仅农村社区（区域=农村）。原文未给频次，默认每季度末一次。",
}

tz.item{
  id = "environment.no_heaps",
  title = "村内无大片垃圾堆",
  category = "environment",
  kind = "standard",
  every = "once during 12-01..12-31",
  owner = "居委会主任",
  cooperate = { "卫生专干", "保洁员" },
  escalate = { "社区党组织书记" },
  evidence = { "检查记录", "照片" },
  applies = function(unit) return unit.attributes["区域"] == "农村" end,
  note = "主街、公路沿线和村庄四周无成片垃圾杂物，村内没有一平方米以上的垃圾堆，不乱堆乱放、不露天焚烧。县里年底统一大检查，原文未给日期，默认在12月内。仅农村社区。",
}
