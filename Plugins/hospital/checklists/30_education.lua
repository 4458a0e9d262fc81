-- 教育培训：九不准全员培训与学习心得、简报到人、医德医风教育、基层机构业务培训。
tz.category{ id = "education", title = "教育培训", order = 30 }

tz.item{
  id = "education.training_coverage",
  title = "九不准全员培训覆盖率",
  category = "education",
  kind = "metric",
  every = "once per year",
  owner = "医务科科长",
  cooperate = { "科室主任", "人事科科长" },
  escalate = { "分管院长", "院长" },
  evidence = { "培训签到表", "网上培训完成名单" },
  weight = 2,
  target = { equals = 100, unit = "%", numerator = "参训人数", denominator = "在岗从业人员数" },
  note = "所有从业人员都要参加集中培训（含网上培训），成绩计入医师法律法规培训；培训时间以上级通知为准，规则默认年内完成。",
}

tz.item{
  id = "education.reflection",
  title = "每人提交一份学习心得",
  category = "education",
  kind = "metric",
  every = "once per year",
  owner = "医务科科长",
  cooperate = { "科室主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "学习心得", "提交名单" },
  target = { equals = 100, unit = "%", numerator = "已交心得人数", denominator = "在岗从业人员数" },
  note = "每名医务人员一份，随培训一起在网上提交；科室主任催交本科室未交人员。",
}

tz.item{
  id = "education.briefing",
  title = "把九不准简报发到每人手中",
  category = "education",
  kind = "task",
  every = "once per year",
  owner = "医德医风办主任",
  cooperate = { "科室主任" },
  evidence = { "简报", "签收表" },
  note = "以简报形式印发九项要求，按科室签收，保证人手一份。",
}

tz.item{
  id = "education.ethics_activities",
  title = "开展医德医风教育活动",
  category = "education",
  kind = "task",
  every = "once per quarter",
  owner = "医德医风办主任",
  cooperate = { "科室主任", "宣传科科长" },
  escalate = { "分管院长" },
  evidence = { "活动方案", "签到表", "照片", "讨论记录" },
  note = "可看教育录像、请专业人员讲解演示服务礼仪、集中学习加分组讨论。原文未给出次数，默认每季度一次，可在站点插件中修改。",
}

tz.item{
  id = "education.staff_training",
  title = "组织基层人员参加业务培训",
  category = "education",
  kind = "metric",
  every = "once per year",
  owner = "医务科科长",
  cooperate = { "健康教育专干" },
  escalate = { "分管院长", "院长" },
  evidence = { "培训通知", "签到表", "结业证明" },
  target = { at_least = 2, unit = "次" },
  applies = function(unit) return unit.type == "health_centre" end,
  note = "社区卫生服务中心和乡镇卫生院每年至少两次组织人员参加上级举办的公共卫生与健康教育培训班。",
}
