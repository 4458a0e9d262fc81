-- 服务与满意度：患者满意度调查、季度问卷、结果整改、收费与药价公示、表扬和扶贫减免统计。
tz.category{ id = "service", title = "服务与满意度", order = 40 }

tz.item{
  id = "service.satisfaction_survey",
  title = "开展患者满意度调查",
  category = "service",
  kind = "task",
  every = "monthly on last workday",
  owner = "医德医风办主任",
  cooperate = { "科室主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "调查表", "问卷结果" },
  weight = 2,
  note = "每月调查一次，覆盖门诊和住院患者；原文未规定调查日，规则默认每月最后一个工作日前完成。",
}

tz.item{
  id = "service.quarterly_questionnaire",
  title = "开展季度问卷调查",
  category = "service",
  kind = "task",
  every = "quarterly on end holiday previous",
  owner = "医德医风办主任",
  cooperate = { "科室主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "问卷", "问卷结果", "分析报告" },
  note = "每季度一次，与月度满意度调查分开进行；可结合政风行风满意度测评。",
}

tz.item{
  id = "service.survey_rectification",
  title = "针对调查结果集中整改",
  category = "service",
  kind = "task",
  every = "once per month",
  owner = "科室主任",
  cooperate = { "医德医风办主任" },
  escalate = { "分管院长" },
  evidence = { "整改台账" },
  note = "每次调查后把患者反映的问题交到科室，整改情况记入台账；月内没有问题的记“无”。",
}

tz.item{
  id = "service.price_notice",
  title = "公开收费标准和常用药价",
  category = "service",
  kind = "standard",
  every = "once per quarter",
  owner = "财务科科长",
  cooperate = { "药剂科科长", "宣传科科长" },
  escalate = { "分管院长", "院长" },
  evidence = { "公示照片", "公示截图" },
  weight = 2,
  note = "医疗服务收费标准和常用药品价格在门诊大厅和院网站公开，价格调整后及时更新。原文未给核查频率，默认每季度核对一次。",
}

tz.item{
  id = "service.praise_tally",
  title = "统计表扬信和锦旗",
  category = "service",
  kind = "task",
  every = "halfyearly on end holiday previous",
  owner = "医德医风办主任",
  cooperate = { "科室主任" },
  evidence = { "表扬登记台账", "照片" },
  note = "分别记表扬信封数和锦旗面数，注明受表扬的科室和个人，半年汇总一次写入总结。",
}

tz.item{
  id = "service.poverty_waiver",
  title = "统计医疗扶贫费用减免",
  category = "service",
  kind = "task",
  every = "halfyearly on end holiday previous",
  owner = "财务科科长",
  cooperate = { "医务科科长" },
  escalate = { "分管院长" },
  evidence = { "减免台账", "减免审批单" },
  note = "半年汇总三个数：减免人数、减免总金额、单笔最大减免额及其科室，只记符合扶贫政策的患者。",
}
