-- 理论学习与宣传：教职工政治业务学习、校园宣传阵地和党报党刊征订。
tz.category{ id = "study", title = "理论学习与宣传", order = 10 }

tz.item{
  id = "study.staff_study",
  title = "组织教职工政治业务学习",
  category = "study",
  kind = "task",
  every = "2 times per month",
  owner = "党支部书记",
  cooperate = { "办公室主任" },
  escalate = { "校长" },
  evidence = { "会议记录", "签到表", "学习笔记" },
  pause_in_vacation = true,
  note = "学习教育法律法规和上级文件。原文只要求抓好政治、业务学习，未给频次，默认每月两次，可在站点插件中修改。",
}

tz.item{
  id = "study.campus_boards",
  title = "更新板报墙报和校园广播",
  category = "study",
  kind = "task",
  every = "once per month",
  owner = "教导主任",
  cooperate = { "少先队辅导员", "班主任" },
  evidence = { "照片", "广播稿" },
  pause_in_vacation = true,
  note = "宣传身边好人好事；党支部负总责，教导处和少先队具体落实。原文为“及时宣传”，默认每月更新一次。",
}

tz.item{
  id = "study.party_press",
  title = "完成党报党刊征订",
  category = "study",
  kind = "task",
  every = "once during 10-01..12-31",
  owner = "办公室主任",
  cooperate = { "教研组长" },
  evidence = { "征订清单", "台账" },
  note = "同时为各教研组成员每人至少订一种业务刊物。原文未给征订时间，默认每年第四季度完成。",
}
