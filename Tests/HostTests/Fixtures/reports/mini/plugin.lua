-- A small plugin for the report tests: four monthly items in two categories.
return {
  id = "mini", name = "测试", version = "1.0.0", api = 1,
  unit_types = { "school", "bureau" },
  roles = { ["校长"] = "负责人", ["办公室主任"] = "办公室" },
}
