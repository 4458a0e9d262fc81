-- 健康促进：健康素养讲座（按机构层级定次数）、无烟机构、健康促进医院达标。
tz.category{ id = "health", title = "健康教育与促进", order = 70 }

tz.item{
  id = "health.lectures_centre",
  title = "举办健康素养知识讲座",
  category = "health",
  kind = "metric",
  every = "12 times per year",
  owner = "健康教育专干",
  cooperate = { "医务科科长" },
  escalate = { "分管院长", "院长" },
  evidence = { "讲座通知", "签到表", "照片" },
  target = { at_least = 12, unit = "次" },
  applies = function(unit) return unit.type == "health_centre" end,
  note = "社区卫生服务中心和乡镇卫生院每年不少于12次，按月均摊，落后于进度时提醒。",
}

tz.item{
  id = "health.lectures_station",
  title = "举办健康知识讲座（站室）",
  category = "health",
  kind = "metric",
  every = "6 times per year",
  owner = "健康教育专干",
  evidence = { "讲座通知", "签到表", "照片" },
  target = { at_least = 6, unit = "次" },
  applies = function(unit) return unit.type == "health_station" end,
  note = "社区卫生服务站和村卫生室每年不少于6次。",
}

tz.item{
  id = "health.smoke_free",
  title = "保持无烟医疗机构",
  category = "health",
  kind = "standard",
  every = "halfyearly on end holiday previous",
  owner = "健康教育专干",
  cooperate = { "科室主任" },
  escalate = { "分管院长" },
  evidence = { "控烟制度", "巡查记录", "照片" },
  note = "机构内全面禁烟；有控烟领导小组、控烟制度和考评奖惩办法，并写进年度工作计划。原文未给检查频率，默认每半年自查一次。",
}

tz.item{
  id = "health.promoting_hospital",
  title = "对照健康促进医院标准自评",
  category = "health",
  kind = "standard",
  every = "once per year",
  owner = "健康教育专干",
  cooperate = { "医务科科长", "院办主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "自评表", "佐证材料" },
  applies = function(unit)
    local grade = unit.attributes and unit.attributes["等级"]
    return unit.type == "hospital" and (grade == "二级" or grade == "三级")
  end,
  note = "二级及以上医院要全面达到省级健康促进医院标准；每年按考核指标自评一次，迎接验收。",
}
