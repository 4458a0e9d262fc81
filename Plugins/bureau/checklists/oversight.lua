-- 对局属单位的督导考评：季度材料和通报、年度考评、目标完成率和奖惩兑现。
tz.category{ id = "oversight", title = "局属单位考评", order = 90 }

-- 有局属单位：单位树中有下级单位，或属性写明"局属单位=有"（下级单位未录入台账时）。
local function has_subordinates(unit)
  return (unit.attributes or {})["局属单位"] == "有" or #tz.unit.children() > 0
end

tz.item{
  id = "oversight.quarter_materials",
  title = "收集局属单位季度材料",
  category = "oversight",
  kind = "task",
  every = "quarterly on end",
  owner = "办公室主任",
  cooperate = { "局属单位负责人", "信息员" },
  escalate = { "分管领导" },
  evidence = { "报送材料", "台账" },
  applies = has_subordinates,
  note = "季末收齐各局属单位本季度工作进展和信息报送情况，作为季度通报的依据。",
}

tz.item{
  id = "oversight.quarterly_circular",
  title = "印发局属单位季度通报",
  category = "oversight",
  kind = "task",
  every = "quarterly on start+9 holiday next",
  owner = "办公室主任",
  escalate = { "分管领导", "局长" },
  evidence = { "通报" },
  weight = 2,
  applies = has_subordinates,
  note = "通报上季度各单位任务完成情况和排名；原文只说每季度通报，未给日期，默认每季度第10天印发，逢休息日顺延到下一个工作日。",
}

tz.item{
  id = "oversight.annual_assessment",
  title = "年度考评局属单位",
  category = "oversight",
  kind = "task",
  every = "once during 12-01..+1-01-31",
  owner = "分管领导",
  cooperate = { "办公室主任", "局属单位负责人" },
  escalate = { "局长" },
  evidence = { "考评方案", "评分表", "考评结果" },
  weight = 3,
  applies = has_subordinates,
  note = "对照年度目标任务逐单位评分排名；原文未给考评时间，默认12月至次年1月完成。",
}

tz.item{
  id = "oversight.target_rate",
  title = "局属单位年度目标完成率",
  category = "oversight",
  kind = "metric",
  every = "once during 12-01..+1-01-31",
  owner = "办公室主任",
  evidence = { "考评结果" },
  target = { equals = 100, unit = "%", numerator = "完成年度目标的单位数", denominator = "局属单位数" },
  applies = has_subordinates,
  note = "原文要求各单位完成年度目标任务，未完成的在年度考核中扣分，故目标为全部完成。",
}

tz.item{
  id = "oversight.sanctions",
  title = "兑现局属单位年度奖惩",
  category = "oversight",
  kind = "task",
  every = "once during 12-01..+1-01-31",
  owner = "办公室主任",
  escalate = { "分管领导", "局长" },
  evidence = { "考核扣分记录", "表彰文件", "通报" },
  applies = has_subordinates,
  note = "完成年度目标任务的单位评为先进并表彰；未完成的按完成情况在年度考核中扣分，并取消当年评先评优资格。原文未给时间，默认与年度考评同期完成。",
}

