-- 检查发现问题的整改规则：问题类别、等级与默认整改时限、验收销号的角色和逾期升级顺序。
-- 网格员巡查、街道督查和创建检查发现的问题都记入整改台账，按类别交办到对口专干。
tz.finding_rules {
  categories = {
    { name = "环境卫生", checklist = { "environment" }, owner = "卫生专干",
      note = "责任区保洁、垃圾堆放、乱贴乱画和改厕" },
    { name = "安全隐患", checklist = { "safety" }, owner = "综治专干",
      note = "消防通道、电动车充电、治安防范和矛盾纠纷" },
    { name = "民生服务", checklist = { "service" }, owner = "民政专干",
      note = "困难群体帮扶、为老助残和便民服务" },
    { name = "党建与居务", checklist = { "party", "supervision", "star" }, owner = "办公室主任",
      note = "组织建设、居务公开、报送和创建资料" },
    { name = "文化与志愿服务", checklist = { "culture", "volunteer" }, owner = "文教专干" },
    { name = "健康促进", checklist = { "health" }, owner = "卫生专干" },
  },
  severities = {
    { name = "一般", deadline = "10 workdays" },
    { name = "较重", deadline = "5 workdays" },
    { name = "严重", deadline = "2 workdays" },
  },
  -- 整改后由居委会主任复核销号，社区党组织书记也可复核；整改人本人不能给自己销号。
  verifiers = { "居委会主任", "社区党组织书记" },
  -- 逾期3个工作日后依次告知居委会主任、社区党组织书记，再到街道指导员。
  escalate = { "居委会主任", "社区党组织书记", "街道指导员" },
  escalate_after = "3 workdays",
}
