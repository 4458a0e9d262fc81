-- 检查发现问题的整改规则：问题类别、等级与默认整改时限、验收销号的角色和逾期升级顺序。
-- 这里管机关自身的问题（上级检查、自查发现的）；局里检查下属单位发现的问题按各单位插件的规则整改。
tz.finding_rules {
  categories = {
    { name = "作风建设", checklist = { "discipline", "service" }, owner = "股室负责人",
      note = "工作纪律、服务态度、办事效率和投诉办理" },
    { name = "安全生产", owner = "办公室主任", note = "消防设施、用电和办公场所安全" },
    { name = "清廉机关", checklist = { "integrity" }, owner = "股室负责人",
      note = "一岗双责、人财物阳光操作和廉政风险防控" },
    { name = "学习教育", checklist = { "study", "campaign" }, owner = "党支部书记" },
    { name = "环境卫生", checklist = { "environment" }, owner = "办公室主任" },
    { name = "信息宣传", checklist = { "information" }, owner = "办公室主任" },
    { name = "局属单位管理", checklist = { "oversight" }, owner = "分管领导" },
    { name = "志愿服务", checklist = { "volunteer" }, owner = "党支部书记" },
  },
  severities = {
    { name = "一般", deadline = "10 workdays" },
    { name = "较重", deadline = "5 workdays" },
    { name = "严重", deadline = "2 workdays" },
  },
  -- 整改后由分管领导验收销号，局长也可验收；整改人本人不能给自己销号。
  verifiers = { "分管领导", "局长" },
  -- 逾期3个工作日后依次告知分管领导、局长，再到上级文明办。
  escalate = { "分管领导", "局长", "上级文明办" },
  escalate_after = "3 workdays",
}
