-- 监督与投诉：举报渠道公开、举报箱、投诉登记与调查、违规案件和处理台账、购销监察、考核挂钩。
tz.category{ id = "supervision", title = "监督投诉与追责", order = 50 }

tz.item{
  id = "supervision.channel_published",
  title = "公布举报电话和受理方式",
  category = "supervision",
  kind = "standard",
  every = "once per quarter",
  owner = "医德医风办主任",
  cooperate = { "宣传科科长", "医务科科长" },
  escalate = { "分管院长" },
  evidence = { "公示截图", "公示照片" },
  note = "在院网站和人员集中处公开举报电话、通讯地址、电子邮箱和接待时间地点；由专门机构和人员受理。原文未给核查频率，默认每季度核对一次号码和内容是否有效。",
}

tz.item{
  id = "supervision.report_box",
  title = "开启九不准举报箱",
  category = "supervision",
  kind = "task",
  every = "weekly on mon holiday next",
  owner = "医德医风办主任",
  cooperate = { "纪委书记" },
  evidence = { "开箱记录" },
  note = "举报箱设在门诊大厅等人多的地方，两人一同开箱并登记。原文未给开箱频率，默认每周一次，可在站点插件中修改。",
}

tz.item{
  id = "supervision.complaint_log",
  title = "登记当日投诉举报",
  category = "supervision",
  kind = "task",
  every = "daily on workdays",
  owner = "医务科科长",
  cooperate = { "医德医风办主任" },
  evidence = { "投诉登记台账" },
  note = "电话、信件、邮箱、来访和举报箱的投诉逐件登记，写明来源、内容、转办科室和办理期限；当天没有投诉的记“无”。",
}

tz.item{
  id = "supervision.investigation",
  title = "核查投诉举报办结情况",
  category = "supervision",
  kind = "task",
  every = "monthly on last workday",
  owner = "纪委书记",
  cooperate = { "医德医风办主任", "医务科科长" },
  escalate = { "院长" },
  evidence = { "调查报告", "投诉登记台账" },
  weight = 2,
  note = "需要核实的举报由院纪委牵头组织调查，必要时与公安、检察和纪检监察机关配合；每月底清点未办结件。",
}

tz.item{
  id = "supervision.violations",
  title = "查实违反九不准案件数",
  category = "supervision",
  kind = "metric",
  every = "quarterly on end holiday previous",
  owner = "纪委书记",
  escalate = { "院长", "卫健委主管科室" },
  evidence = { "案件台账" },
  weight = 3,
  target = { at_most = 0, unit = "起" },
  note = "零容忍；领导班子和科室负责人实行一岗双责和一票否决，瞒报、压案不查的从严处理。",
}

tz.item{
  id = "supervision.sanctions_ledger",
  title = "更新违规处理台账",
  category = "supervision",
  kind = "task",
  every = "quarterly on end holiday previous",
  owner = "人事科科长",
  cooperate = { "纪委书记", "医务科科长" },
  escalate = { "分管院长", "院长" },
  evidence = { "处理决定", "违规处理台账" },
  note = "按处理梯度记录：科室通报批评并限期整改；个人取消当年评优评职或低聘、缓聘、解聘，当年不晋升职称；医师本周期定期考核不合格；暂停执业的报省级卫生健康部门，吊销证书的全院通报。",
}

tz.item{
  id = "supervision.purchase_oversight",
  title = "监察药品器械购销环节",
  category = "supervision",
  kind = "task",
  every = "quarterly on end holiday previous",
  owner = "纪委书记",
  cooperate = { "采购办主任", "药剂科科长" },
  escalate = { "院长" },
  evidence = { "监察记录", "商业贿赂不良记录" },
  note = "覆盖药品流通、招标、采购和临床使用；涉及商业贿赂的企业列入不良记录并按规定处理。原文未给频率，默认每季度一次。",
}

tz.item{
  id = "supervision.appraisal_link",
  title = "把九不准纳入年度考核",
  category = "supervision",
  kind = "task",
  every = "once per year",
  owner = "人事科科长",
  cooperate = { "医务科科长", "医德医风办主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "考核结果", "医德考评表" },
  note = "科室和个人执行九不准的情况写入年度考核、职称晋升、医德考评和医师定期考核，也作为等级评审材料。",
}
