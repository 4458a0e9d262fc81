-- A plugin for the verdict tests: a daily metric, a monthly task and a veto attestation.
return {
  id = "patrol", name = "查课测试", version = "1.0.0", api = 1,
  unit_types = { "school" },
  roles = { ["教导主任"] = "教导处" },
}
