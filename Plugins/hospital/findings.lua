-- 检查发现问题的整改规则：问题类别、等级与默认整改时限、验收销号的角色和逾期升级顺序。
-- 九不准自查发现的问题（九不准自查承诺类事项）归入“九不准”，责任人默认为该事项的责任岗位。
tz.finding_rules {
  categories = {
    { name = "九不准", checklist = { "prohibitions" }, owner = "医德医风办主任",
      note = "违反医疗卫生行风建设“九不准”的问题，自查或检查发现后当季整改" },
    { name = "医德医风与服务", checklist = { "campaign", "education", "service" }, owner = "医德医风办主任",
      note = "专项治理推进、教育培训、服务态度和患者满意度" },
    { name = "投诉与违规处理", checklist = { "supervision" }, owner = "纪委书记" },
    { name = "医疗质量", owner = "医务科科长", note = "诊疗规范、病历书写、合理用药" },
    { name = "院感防控", checklist = { "safety" }, owner = "院感科科长",
      note = "消毒灭菌、医疗废物和一次性用品管理" },
    { name = "价格收费", owner = "财务科科长", note = "收费项目、标准公示和费用清单" },
    { name = "健康教育", checklist = { "health" }, owner = "健康教育专干" },
    { name = "精神文明创建", checklist = { "civility" }, owner = "宣传科科长" },
  },
  severities = {
    { name = "一般", deadline = "10 workdays" },
    { name = "较重", deadline = "5 workdays" },
    { name = "严重", deadline = "2 workdays" },
  },
  -- 整改完成后由分管院长验收销号，院长也可验收；整改人本人不能给自己销号。
  verifiers = { "分管院长", "院长" },
  -- 逾期3个工作日后依次告知分管院长、院长，再到卫健委主管科室。
  escalate = { "分管院长", "院长", "卫健委主管科室" },
  escalate_after = "3 workdays",
}
