-- Services for the elderly, disabled, poor and young, and the social-organisation service project.
tz.category{ id = "service", title = "为民服务", order = 40 }

tz.item{
  id = "service.visit_vulnerable",
  title = "上门走访困难群体",
  category = "service",
  kind = "task",
  every = "monthly on last workday",
  owner = "民政专干",
  cooperate = { "网格员" },
  escalate = { "居委会主任" },
  evidence = { "走访记录", "照片" },
  note = "走访对象：生活困难的家庭、孤寡空巢和卧床的老人、下岗失业人员、正在住院的居民，当面了解困难并尽力帮解决。原文为“经常”“定期”，默认每月走访一轮，可修改。",
}

tz.item{
  id = "service.double_ninth",
  title = "重阳节组织老人活动并慰问",
  category = "service",
  kind = "task",
  every = "yearly on lunar 09-09",
  owner = "民政专干",
  cooperate = { "老年协会会长", "文教专干" },
  escalate = { "居委会主任" },
  evidence = { "活动方案", "照片", "慰问名单" },
  note = "老年节前后组织一次游园等活动；看望八十岁以上老人。慰问时间原文未给，默认与重阳活动同期。",
}

tz.item{
  id = "service.social_org_match",
  title = "对接社会组织公益项目",
  category = "service",
  kind = "task",
  every = "once during 05-01..06-30",
  phase = "org_prepare",
  owner = "居委会主任",
  cooperate = { "民政专干" },
  evidence = { "需求征集表", "项目协议" },
  applies = function(unit) return unit.attributes["社会组织项目"] == "是" end,
  note = "向区里提出本社区的服务需求，与选中的社会组织签订项目协议；项目类别有为老、助残、青少年、救助帮困、治安应急和其他公益。只适用于参加“社会组织进社区”的社区（属性 社会组织项目=是）。",
}

tz.item{
  id = "service.social_org_track",
  title = "跟踪社会组织项目服务",
  category = "service",
  kind = "task",
  every = "monthly on last workday",
  phase = "org_service",
  owner = "民政专干",
  cooperate = { "网格员" },
  escalate = { "居委会主任" },
  evidence = { "服务记录", "居民反馈" },
  applies = function(unit) return unit.attributes["社会组织项目"] == "是" end,
  note = "服务周期一年（7月至次年7月）。原文只要求全程跟踪、及时反映问题，未给频次，默认每月末记录一次进度；期满后配合评估并报送总结。",
}
