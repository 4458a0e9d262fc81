-- Health promotion: lectures, quarterly household leaflets and the yearly health publicity days.
tz.category{ id = "health", title = "健康促进", order = 90 }

tz.item{
  id = "health.lecture",
  title = "开展健康知识讲座",
  category = "health",
  kind = "task",
  every = "6 times per year",
  owner = "卫生专干",
  cooperate = { "老年协会会长" },
  escalate = { "居委会主任" },
  evidence = { "通知", "签到表", "课件", "照片" },
  note = "每年不少于6次（社区卫生服务站的要求；设卫生服务中心的不少于12次，可在站点插件中改为12）。老年人保健讲座可计入。",
}

tz.item{
  id = "health.leaflet_round",
  title = "季度健康资料入户率",
  category = "health",
  kind = "metric",
  every = "once per quarter",
  owner = "卫生专干",
  cooperate = { "网格员" },
  escalate = { "居委会主任", "社区党组织书记" },
  evidence = { "发放登记表" },
  target = { equals = 100, unit = "%", numerator = "已入户户数", denominator = "辖区户数" },
  note = "每季度发放一次宣传画册和入户宣传单，每次入户率100%；上级每季度抽查入户情况和健康教育专栏更新（抽查数量原文前后不一，记为2或4个社区）。",
}

tz.item{
  id = "health.tb_day",
  title = "3月24日结核病防治宣传",
  category = "health",
  kind = "task",
  every = "yearly on 03-24",
  owner = "卫生专干",
  evidence = { "活动方案", "照片", "总结" },
}

tz.item{
  id = "health.lifestyle_day",
  title = "9月1日健康生活方式宣传",
  category = "health",
  kind = "task",
  every = "yearly on 09-01",
  owner = "卫生专干",
  evidence = { "活动方案", "照片", "总结" },
  note = "全民健康生活方式日。",
}

tz.item{
  id = "health.hypertension_day",
  title = "10月8日高血压防治宣传",
  category = "health",
  kind = "task",
  every = "yearly on 10-08",
  owner = "卫生专干",
  evidence = { "活动方案", "照片", "总结" },
}

tz.item{
  id = "health.diabetes_day",
  title = "11月14日糖尿病日宣传",
  category = "health",
  kind = "task",
  every = "yearly on 11-14",
  owner = "卫生专干",
  evidence = { "活动方案", "照片", "总结" },
}

tz.item{
  id = "health.aids_day",
  title = "12月1日艾滋病防治宣传",
  category = "health",
  kind = "task",
  every = "yearly on 12-01",
  owner = "卫生专干",
  evidence = { "活动方案", "照片", "总结" },
}

tz.item{
  id = "health.smoke_free",
  title = "承诺办公和会议场所无烟",
  category = "health",
  kind = "attestation",
  every = "quarterly on end",
  owner = "居委会主任",
  escalate = { "社区党组织书记" },
  evidence = { "禁烟标识照片" },
  statement = "本季度社区办公室和会议室内没有人吸烟，禁烟标识齐全。",
  note = "县里要求社区会议室、办公室全面禁烟。确认频次原文未给，默认每季度末一次。",
}
