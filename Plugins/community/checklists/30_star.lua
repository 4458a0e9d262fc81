-- Ten-star rating (星级评定): self-scoring of the ten dimensions, self-nomination, review and acceptance.
tz.category{ id = "star", title = "十星级和谐社区评定", order = 30 }

tz.item{
  id = "star.self_score",
  title = "十个方面逐项自评打分",
  category = "star",
  kind = "task",
  every = "once during 10-01..10-15",
  phase = "self_check",
  owner = "社区党组织书记",
  cooperate = { "居委会主任", "办公室主任" },
  escalate = { "街道指导员" },
  evidence = { "自查评分表", "佐证材料" },
  weight = 3,
  note = "十个方面（创建理念、办公设施、班子团结、居民自治、民间组织、社区服务、实事工程、主题活动、"
    .. "文明祥和、管理良好）各按10分制打分，每个方面登记一个数值，如 --value 创建理念=9.5；"
    .. "9分及以上得一星，7星及以上为达标社区，10星为十星级和谐社区。评定规则见 star.lua。",
}

tz.item{
  id = "star.true_materials",
  title = "承诺自评材料真实",
  category = "star",
  kind = "attestation",
  every = "once during 10-01..10-15",
  phase = "self_check",
  owner = "社区党组织书记",
  evidence = { "承诺书" },
  statement = "本社区自评分数和所附材料都有据可查，没有虚报分数、补做材料或走过场。",
}

tz.item{
  id = "star.self_nominate",
  title = "向乡镇（街道）自荐参评",
  category = "star",
  kind = "task",
  every = "once during 10-01..10-15",
  phase = "self_check",
  owner = "社区党组织书记",
  cooperate = { "办公室主任" },
  escalate = { "街道指导员" },
  evidence = { "自荐申报表", "自查评分表" },
  weight = 2,
  note = "十星级评选每年一次。原文未给申报日期，默认放在自查阶段内完成，可修改。",
}

tz.item{
  id = "star.acceptance",
  title = "迎接审查和县级检查验收",
  category = "star",
  kind = "task",
  every = "once during 10-16..12-31",
  owner = "办公室主任",
  cooperate = { "内勤", "信息员" },
  escalate = { "居委会主任", "社区党组织书记" },
  evidence = { "档案目录", "验收意见" },
  weight = 2,
  note = "先由乡镇（街道）审查，再由县级和谐社会建设指导机构的办公室组织验收，评上十星的由县委、县政府表彰。原文未给日期，默认在自查结束后至年底之间，按上级通知调整。",
}
