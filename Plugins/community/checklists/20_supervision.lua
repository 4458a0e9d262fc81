-- Reporting upward and the issue ledger: monthly written report, year-end summary, archive, found → assigned → rectified → verified → 销号.
tz.category{ id = "supervision", title = "报送与问题台账", order = 20 }

tz.item{
  id = "supervision.monthly_report",
  title = "月底报送创建进展书面报告",
  category = "supervision",
  kind = "task",
  every = "monthly on last workday",
  owner = "信息员",
  cooperate = { "办公室主任" },
  escalate = { "居委会主任", "社区党组织书记", "街道指导员" },
  evidence = { "书面月报", "报送记录" },
  weight = 3,
  note = "书面报给街道（乡镇）社会事务办，分三部分：本月进展、经验做法、存在问题；各责任小组月底前先向领导小组汇报。",
}

tz.item{
  id = "supervision.year_summary",
  title = "年底上报创建工作总结",
  category = "supervision",
  kind = "task",
  every = "yearly on 12-31 holiday previous",
  owner = "办公室主任",
  cooperate = { "信息员", "内勤" },
  escalate = { "居委会主任", "社区党组织书记", "街道指导员" },
  evidence = { "年度总结" },
  weight = 3,
  note = "原文只说“本年底上报”，默认12月31日截止，遇节假日提前到前一个工作日。总结对照年初计划写完成数与差距。",
}

tz.item{
  id = "supervision.archive",
  title = "整理归档创建资料",
  category = "supervision",
  kind = "task",
  every = "monthly on last workday",
  owner = "内勤",
  cooperate = { "信息员" },
  escalate = { "办公室主任" },
  evidence = { "档案目录", "图文资料" },
  note = "把当月会议、活动的文字和照片按档案要求分类、装订、保管，供检查验收调阅。原文未给频次，默认每月末整理一次。",
}

tz.item{
  id = "supervision.issue_register",
  title = "登记问题并交办责任人",
  category = "supervision",
  kind = "task",
  every = "weekly on fri",
  owner = "办公室主任",
  cooperate = { "网格员" },
  escalate = { "居委会主任" },
  evidence = { "问题台账" },
  note = "网格员和检查中发现的问题逐条记入台账，写明责任人和整改时限。原文未给频次，默认每周五汇总一次，可修改。",
}

tz.item{
  id = "supervision.issue_close",
  title = "复核整改结果并销号",
  category = "supervision",
  kind = "task",
  every = "monthly on last workday",
  owner = "居委会主任",
  cooperate = { "办公室主任", "网格员" },
  escalate = { "社区党组织书记" },
  evidence = { "问题台账", "整改前后照片" },
  weight = 2,
  note = "到现场核实已整改的问题，确认后在台账上销号；未达要求的退回重改。原文未给频次，默认每月末复核一次。",
}

tz.item{
  id = "supervision.issue_overdue",
  title = "超期未销号问题清零",
  category = "supervision",
  kind = "metric",
  every = "monthly on last workday",
  owner = "办公室主任",
  escalate = { "居委会主任", "社区党组织书记", "街道指导员" },
  evidence = { "问题台账" },
  weight = 2,
  target = { at_most = 0, unit = "件" },
  note = "月末统计超过整改时限仍未销号的问题件数。",
}

tz.item{
  id = "supervision.accountability_talk",
  title = "约谈整改不力责任人",
  category = "supervision",
  kind = "task",
  every = "monthly on last workday",
  owner = "社区党组织书记",
  cooperate = { "居委会主任" },
  evidence = { "约谈记录" },
  note = "月末仍有超期问题、工作被动应付时进行约谈并记录；当月没有此类情况时注明“无”即可。",
}
