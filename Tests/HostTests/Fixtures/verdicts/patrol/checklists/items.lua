tz.category { id = "t", title = "教学常规", order = 1 }
tz.item { id = "t.patrol", title = "每日随机查课", category = "t", kind = "metric",
  every = "daily", owner = "教导主任", weight = 2,
  target = { at_least = 2, unit = "节" } }
tz.item { id = "t.report", title = "报送教学月报", category = "t", kind = "task",
  every = "monthly on 27", owner = "教导主任", weight = 1 }
tz.item { id = "t.pledge", title = "签署师德承诺", category = "t", kind = "attestation",
  every = "monthly on 16", owner = "教导主任", weight = 1, statement = "本月无有偿补课" }
