-- 信息与宣传：每个股室一名信息员，稿件经股室负责人审核后报局办公室，网站发稿、宣传标语和媒体公告。
tz.category{ id = "information", title = "信息宣传", order = 80 }

tz.item{
  id = "information.officers",
  title = "每个股室确定一名信息员",
  category = "information",
  kind = "standard",
  every = "once per year",
  owner = "办公室主任",
  cooperate = { "股室负责人" },
  evidence = { "信息员名单" },
  note = "机关各股室和局属单位各定一人；人员变动时及时更新名单。默认每年核对一次。",
}

tz.item{
  id = "information.submission",
  title = "审核报送本股室信息稿件",
  category = "information",
  kind = "task",
  every = "monthly on last workday",
  owner = "信息员",
  cooperate = { "股室负责人" },
  escalate = { "股室负责人", "分管领导" },
  evidence = { "信息稿件", "审核记录", "报送邮件" },
  weight = 2,
  note = "稿件由股室负责人审核后通过邮件报局办公室；要求及时、准确、简明，引用讲话和政策与原文一致。原文只要求“及时”，未给篇数，默认每月末核对一次，篇数目标由站点设定。",
}

tz.item{
  id = "information.website",
  title = "门户网站发布创建动态",
  category = "information",
  kind = "task",
  every = "monthly on last workday",
  owner = "办公室主任",
  cooperate = { "信息员" },
  evidence = { "网页截图" },
  note = "发布文明创建动态、成果和先进事迹的文字和图片；原文未给频次，默认每月一次。",
}

tz.item{
  id = "information.slogans",
  title = "走廊悬挂文明风尚标语",
  category = "information",
  kind = "standard",
  every = "quarterly on end",
  owner = "办公室主任",
  evidence = { "照片" },
  note = "在走廊等显眼位置悬挂文明宣传语，破损或过时的及时更换；默认每季度末检查一次。",
}

tz.item{
  id = "information.job_fair_notice",
  title = "刊登招聘会公告",
  category = "information",
  kind = "task",
  every = "monthly on thu before 20",
  owner = "信息员",
  cooperate = { "办公室主任" },
  evidence = { "报纸版面" },
  applies = function(unit) return (unit.attributes or {})["就业服务"] == "是" end,
  note = "只适用于承担就业服务的单位：每月20日之前的那个周四在合作报纸刊出招聘会公告。",
}

