-- 机关环境：办公场所“五净”、公共区域卫生与节能、消防设施和河长制责任河段。
tz.category{ id = "environment", title = "环境卫生", order = 60 }

tz.item{
  id = "environment.five_cleans",
  title = "办公场所“五净”检查",
  category = "environment",
  kind = "standard",
  every = "monthly on last fri",
  owner = "办公室主任",
  cooperate = { "股室负责人" },
  escalate = { "分管领导" },
  evidence = { "检查记录", "照片" },
  weight = 2,
  note = "办公室平日自行保持整洁、物品摆放有序；五净指门窗四壁、顶棚地面、桌椅茶几、走廊楼道、厕所都干净；原文为定期检查加不定期抽查并计入月度考核，默认每月最后一个周五检查。",
}

tz.item{
  id = "environment.public_area",
  title = "公共区域卫生与设施完好",
  category = "environment",
  kind = "standard",
  every = "monthly on last fri",
  owner = "办公室主任",
  evidence = { "检查记录", "照片" },
  note = "楼道无杂物堵塞，卫生间无异味，墙面玻璃无污损和小广告，照明完好；院内和楼舍周围无垃圾、无卫生死角；绿地日常养护到位，下班随手关灯、关空调等电器。默认与五净检查同日进行。",
}

tz.item{
  id = "environment.fire_safety",
  title = "检查消防设施",
  category = "environment",
  kind = "task",
  every = "monthly on first workday",
  owner = "办公室主任",
  escalate = { "分管领导", "局长" },
  evidence = { "检查记录", "照片" },
  note = "灭火器、消火栓、应急照明和疏散标志按标准配齐并保持可用；原文为“定期检查”，默认每月第一个工作日一次。",
}

tz.item{
  id = "environment.river_chief",
  title = "落实河长制责任河段",
  category = "environment",
  kind = "standard",
  every = "monthly on last workday",
  owner = "分管领导",
  escalate = { "局长" },
  evidence = { "巡河记录", "照片" },
  applies = function(unit) return (unit.attributes or {})["河长制"] == "是" end,
  note = "只适用于承担河长制任务的单位：水面干净无漂浮物、无异味，岸线没有侵占、乱采、乱堆和乱建；原文未给巡查频次，默认每月一次。",
}
