-- Party building and residents' self-governance: the campaign's leading group, meetings and party members' household links.
tz.category{ id = "party", title = "党建引领与居民自治", order = 10 }

tz.item{
  id = "party.leading_group",
  title = "组建创建工作领导小组",
  category = "party",
  kind = "task",
  every = "once during 03-15..04-15",
  phase = "mobilise",
  owner = "社区党组织书记",
  cooperate = { "居委会主任", "办公室主任" },
  escalate = { "街道指导员" },
  evidence = { "成立通知", "成员分工表" },
  weight = 2,
  note = "书记任组长、居委会主任任副组长，下设办公室负责日常；可聘街道（乡镇）领导为指导员，驻区单位负责人可任副组长。",
}

tz.item{
  id = "party.mobilise_meeting",
  title = "召开创建动员部署会",
  category = "party",
  kind = "task",
  every = "once during 03-15..04-15",
  phase = "mobilise",
  owner = "社区党组织书记",
  cooperate = { "居委会主任", "办公室主任" },
  escalate = { "街道指导员" },
  evidence = { "会议记录", "签到表", "照片" },
  weight = 2,
  note = "会上传达创建标准、布置分工；会后把创建任务分解到各责任小组，各小组在四月中旬拿出自己的实施方案。",
}

tz.item{
  id = "party.regular_meeting",
  title = "召开创建工作例会",
  category = "party",
  kind = "task",
  every = "monthly on thu before 20",
  phase = "implement",
  owner = "居委会主任",
  cooperate = { "办公室主任", "信息员" },
  escalate = { "社区党组织书记" },
  evidence = { "会议记录", "签到表" },
  note = "原文只要求实施阶段实行例会制度、未给频次；默认每月20日前的周四召开一次，可在站点插件中修改。例会听取各组进展、研究新问题并定出对策。",
}

tz.item{
  id = "party.joint_meeting",
  title = "召开驻区单位联席会议",
  category = "party",
  kind = "task",
  every = "quarterly on end",
  owner = "社区党组织书记",
  cooperate = { "居委会主任" },
  escalate = { "街道指导员" },
  evidence = { "会议记录", "签到表", "共建协议" },
  note = "以联席会议为载体与驻区单位共商共建、共享场地资源。原文未给频次，默认每季度末一次，可修改。",
}

tz.item{
  id = "party.members_contact",
  title = "党员联系居民户落实到人",
  category = "party",
  kind = "standard",
  every = "once during 10-01..10-15",
  phase = "self_check",
  owner = "社区党组织书记",
  cooperate = { "网格员" },
  evidence = { "党员联系户名单", "公示照片" },
  note = "按小区设党支部、按楼栋建党小组，离退休、在职和流动党员都编入党小组；党员名单对外公布，每名党员固定联系三至五户居民。自查阶段逐项核对。",
}
