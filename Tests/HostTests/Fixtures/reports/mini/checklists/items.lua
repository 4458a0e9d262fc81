tz.category { id = "a", title = "常规工作", order = 1 }
tz.category { id = "b", title = "承诺与指标", order = 2 }
tz.item { id = "a.report", title = "报送月报", category = "a", kind = "task",
  every = "monthly on 27", owner = "办公室主任", weight = 2 }
tz.item { id = "a.meeting", title = "召开例会", category = "a", kind = "task",
  every = "monthly on 10", owner = "校长" }
tz.item { id = "b.pledge", title = "签署廉洁承诺", category = "b", kind = "attestation",
  every = "monthly on 16", owner = "校长", statement = "本月无违规收费" }
tz.item { id = "b.rate", title = "作业优秀率", category = "b", kind = "metric",
  every = "monthly on 20", owner = "办公室主任",
  target = { at_least = 80, unit = "%", numerator = "优秀数", denominator = "总数" } }
