-- 教学质量：三级单元过关，备课、作业、成绩和入学巩固等质量指标。
tz.category{ id = "quality", title = "教学质量", order = 80 }

tz.item{
  id = "quality.unit_tests",
  title = "落实三级单元过关",
  category = "quality",
  kind = "standard",
  every = "termly at midterm holiday next",
  owner = "教导主任",
  cooperate = { "教研组长", "任课教师" },
  evidence = { "试卷", "成绩册" },
  weight = 2,
  note = "每单元结束由任课教师命题过关，每两单元由学科带头人命题，每四单元由学校统一组织。单元进度随教材而定，无法按日历排期，故在期中检查时核对记录。",
}

tz.item{
  id = "quality.plan_excellent",
  title = "教案优秀率达到80%",
  category = "quality",
  kind = "metric",
  every = "termly at end-5 holiday previous",
  owner = "教导主任",
  cooperate = { "教研组长" },
  escalate = { "分管副校长" },
  evidence = { "检查记录" },
  target = { at_least = 80, unit = "%", numerator = "优秀教案数", denominator = "教案总数" },
}

tz.item{
  id = "quality.plan_pass",
  title = "教案合格率达到100%",
  category = "quality",
  kind = "metric",
  every = "termly at end-5 holiday previous",
  owner = "教导主任",
  cooperate = { "教研组长" },
  escalate = { "分管副校长" },
  evidence = { "检查记录" },
  target = { equals = 100, unit = "%", numerator = "合格教案数", denominator = "教案总数" },
}

tz.item{
  id = "quality.homework_excellent",
  title = "作业优秀率达到85%",
  category = "quality",
  kind = "metric",
  every = "termly at end-5 holiday previous",
  owner = "教导主任",
  cooperate = { "任课教师" },
  escalate = { "分管副校长" },
  evidence = { "检查记录" },
  target = { at_least = 85, unit = "%", numerator = "优秀作业数", denominator = "抽查作业数" },
}

tz.item{
  id = "quality.homework_pass",
  title = "作业合格率达到100%",
  category = "quality",
  kind = "metric",
  every = "termly at end-5 holiday previous",
  owner = "教导主任",
  cooperate = { "任课教师" },
  escalate = { "分管副校长" },
  evidence = { "检查记录" },
  target = { equals = 100, unit = "%", numerator = "合格作业数", denominator = "抽查作业数" },
}

tz.item{
  id = "quality.average_score",
  title = "期末各科平均分达80分",
  category = "quality",
  kind = "metric",
  every = "termly at end holiday previous",
  owner = "教导主任",
  cooperate = { "任课教师" },
  escalate = { "分管副校长", "校长" },
  evidence = { "成绩册", "质量分析" },
  weight = 2,
  target = { at_least = 80, unit = "分" },
  note = "原文对期中、期末都提此要求；此处记期末，期中成绩在期中检查时一并查看。",
}

tz.item{
  id = "quality.excellent_rate",
  title = "期末各科优秀率达40%",
  category = "quality",
  kind = "metric",
  every = "termly at end holiday previous",
  owner = "教导主任",
  cooperate = { "任课教师" },
  escalate = { "分管副校长", "校长" },
  evidence = { "成绩册", "质量分析" },
  target = { at_least = 40, unit = "%", numerator = "优秀人数", denominator = "参考人数" },
  note = "优秀分数线按学校或上级规定。",
}

tz.item{
  id = "quality.low_rate",
  title = "期末后进生比例为零",
  category = "quality",
  kind = "metric",
  every = "termly at end holiday previous",
  owner = "教导主任",
  cooperate = { "任课教师" },
  escalate = { "分管副校长" },
  evidence = { "成绩册", "辅导记录" },
  target = { at_most = 0, unit = "%", numerator = "后进生人数", denominator = "参考人数" },
  note = "原文为“差生率为0”，未给口径，默认按期末不及格人数统计，可在站点插件中修改。",
}

tz.item{
  id = "quality.enrolment",
  title = "适龄儿童入学率100%",
  category = "quality",
  kind = "metric",
  every = "yearly on 09-30 holiday previous",
  owner = "教导主任",
  cooperate = { "班主任" },
  escalate = { "校长", "责任督学" },
  evidence = { "学籍台账" },
  weight = 2,
  target = { equals = 100, unit = "%", numerator = "已入学人数", denominator = "适龄儿童数" },
  note = "原文未给统计日，默认秋季开学当月月末。",
}

tz.item{
  id = "quality.retention",
  title = "在校学生巩固率100%",
  category = "quality",
  kind = "metric",
  every = "termly at end holiday previous",
  owner = "教导主任",
  cooperate = { "班主任" },
  escalate = { "校长", "责任督学" },
  evidence = { "学籍台账" },
  weight = 2,
  target = { equals = 100, unit = "%", numerator = "期末在籍人数", denominator = "期初在籍人数" },
  note = "原文未给统计时间，默认每学期末统计一次。",
}
