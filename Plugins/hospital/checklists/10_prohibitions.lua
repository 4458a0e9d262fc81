-- 行风“九不准”：九项禁止性规定，由对口责任人每季度自查并确认一次。
tz.category{ id = "prohibitions", title = "九不准自查承诺", order = 10 }

local QUARTERLY = "quarterly on end holiday previous"
local NOTE = "原文只要求定期自查、长期坚持，未给出确认频率；默认每季度末确认一次，可在站点插件中修改。发现问题的，当季写入整改台账。"

tz.item{
  id = "prohibitions.income_not_linked",
  title = "确认收入不与药品检查收入挂钩",
  category = "prohibitions",
  kind = "attestation",
  every = QUARTERLY,
  owner = "人事科科长",
  cooperate = { "财务科科长" },
  escalate = { "分管院长", "院长" },
  evidence = { "绩效分配方案", "自查表" },
  weight = 3,
  statement = "本季度未向科室或个人下达创收指标，职工奖金和工资未与药品、检查等业务收入挂钩。",
  note = NOTE,
}

tz.item{
  id = "prohibitions.no_commission",
  title = "确认本科室无开单提成",
  category = "prohibitions",
  kind = "attestation",
  every = QUARTERLY,
  owner = "科室主任",
  escalate = { "医德医风办主任", "分管院长", "院长" },
  evidence = { "自查表" },
  weight = 3,
  statement = "本科室在处方、检查等服务中没有按开单提成，人员没有因介绍患者外出检查、治疗或购药收取提成。",
  note = NOTE,
}

tz.item{
  id = "prohibitions.no_irregular_fees",
  title = "确认无自立项目和重复收费",
  category = "prohibitions",
  kind = "attestation",
  every = QUARTERLY,
  owner = "财务科科长",
  cooperate = { "科室主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "收费抽查记录", "自查表" },
  weight = 3,
  statement = "本季度收费均在国家规定的项目和标准之内，没有自立、分解项目，没有擅自提价或重复收费。",
  note = NOTE,
}

tz.item{
  id = "prohibitions.donations_by_entity",
  title = "确认捐赠资助由法人统一接受",
  category = "prohibitions",
  kind = "attestation",
  every = QUARTERLY,
  owner = "财务科科长",
  escalate = { "分管院长", "院长" },
  evidence = { "捐赠协议", "财务台账" },
  weight = 3,
  statement = "本季度接受的社会捐赠资助均以医院名义签约、由财务部门统一管理，未与采购挂钩，未用于职工福利或旅游。",
  note = NOTE,
}

tz.item{
  id = "prohibitions.no_promotion_or_leak",
  title = "确认无推销违规广告和信息泄露",
  category = "prohibitions",
  kind = "attestation",
  every = QUARTERLY,
  owner = "宣传科科长",
  cooperate = { "信息科科长", "科室主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "广告审核记录", "自查表" },
  weight = 3,
  statement = "本季度医院未违规发布医疗广告，人员未参与医药产品或保健品推销，未违规泄露患者个人资料和医学信息。",
  note = NOTE,
}

tz.item{
  id = "prohibitions.no_prescription_stats",
  title = "确认无商业目的统方",
  category = "prohibitions",
  kind = "attestation",
  every = QUARTERLY,
  owner = "信息科科长",
  cooperate = { "药剂科科长" },
  escalate = { "纪委书记", "分管院长", "院长" },
  evidence = { "统方权限审批记录", "系统查询日志" },
  weight = 3,
  statement = "本季度药品和耗材用量的统计查询均经审批，没有为医药营销人员统计医师或科室用量。",
  note = NOTE,
}

tz.item{
  id = "prohibitions.no_private_purchase",
  title = "确认无私自采购使用医药产品",
  category = "prohibitions",
  kind = "attestation",
  every = QUARTERLY,
  owner = "采购办主任",
  cooperate = { "药剂科科长", "科室主任" },
  escalate = { "分管院长", "院长" },
  evidence = { "采购验收记录", "自查表" },
  weight = 3,
  statement = "本季度药品、器械和卫生材料均按制度采购验收入库，没有人员私自采购、销售或使用。",
  note = NOTE,
}

tz.item{
  id = "prohibitions.no_kickbacks",
  title = "确认本科室无收受回扣",
  category = "prohibitions",
  kind = "attestation",
  every = QUARTERLY,
  owner = "科室主任",
  cooperate = { "采购办主任" },
  escalate = { "纪委书记", "分管院长", "院长" },
  evidence = { "自查表" },
  weight = 3,
  statement = "本科室人员本季度没有收受医药企业或经销人员给予的回扣，没有参加其安排或付费的营业性娱乐活动。",
  note = NOTE,
}

tz.item{
  id = "prohibitions.no_red_envelopes",
  title = "确认本科室无收受红包",
  category = "prohibitions",
  kind = "attestation",
  every = QUARTERLY,
  owner = "科室主任",
  escalate = { "纪委书记", "分管院长", "院长" },
  evidence = { "自查表", "退还红包登记" },
  weight = 3,
  statement = "本科室人员本季度没有索要或收受患者及亲友的现金、有价证券、支付凭证和贵重礼品。",
  note = NOTE,
}
