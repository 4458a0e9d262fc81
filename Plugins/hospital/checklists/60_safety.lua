-- 医疗质量与院感：医疗废物登记、重点部门消毒灭菌、一次性用品索证、抗菌药物使用。
tz.category{ id = "safety", title = "医疗质量与院感", order = 60 }

tz.item{
  id = "safety.medical_waste",
  title = "登记医疗废物交接",
  category = "safety",
  kind = "task",
  every = "daily",
  owner = "院感科科长",
  cooperate = { "科室主任" },
  evidence = { "医疗废物登记本" },
  weight = 2,
  note = "按要求分类收集处置医疗废物，每天登记来源科室、种类、重量、交接人和时间；节假日照常登记。",
}

tz.item{
  id = "safety.disinfection",
  title = "检查重点部门消毒灭菌",
  category = "safety",
  kind = "standard",
  every = "monthly on last workday",
  owner = "院感科科长",
  cooperate = { "科室主任" },
  escalate = { "分管院长" },
  evidence = { "检查记录", "消毒记录" },
  note = "口腔科、消毒供应室、治疗室、换药室、清创室的器械和环境必须清洁、消毒、灭菌到位。原文未给检查频率，默认每月检查一次。",
}

tz.item{
  id = "safety.supplies_certificates",
  title = "核查一次性用品索证验证",
  category = "safety",
  kind = "standard",
  every = "once per quarter",
  owner = "采购办主任",
  cooperate = { "院感科科长" },
  evidence = { "索证资料", "验收记录" },
  note = "一次性医疗用品、消毒剂、消毒器械入库前索取并核验证件。原文未给频率，默认每季度抽查一次。",
}

tz.item{
  id = "safety.antibiotics",
  title = "点评抗菌药物和激素使用",
  category = "safety",
  kind = "standard",
  every = "monthly on last workday",
  owner = "药剂科科长",
  cooperate = { "医务科科长", "科室主任" },
  escalate = { "分管院长" },
  evidence = { "处方点评记录" },
  note = "抗菌药物、激素和静脉用药的使用比例受控，用药与诊断相符。原文没有给出比例上限，只记录点评结果，上限可在站点插件中设定。",
}
