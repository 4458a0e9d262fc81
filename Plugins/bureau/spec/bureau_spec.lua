-- 机关：每周四学习日、五清环境检查、季度通报和年度考评（仅对有局属单位的机关）。
spec.unit{ id = "jiaoyuju", name = "清源区教育局", type = "bureau",
  attributes = { ["局属单位"] = "有", ["就业服务"] = "否" }, roles = { ["局长"] = "juzhang" } }
spec.unit{ id = "dangan", name = "清源区档案馆", type = "bureau" }

describe("学习日", function()
  it("每周四学习，节假日当天不补", function()
    -- 10 月 1 日星期四在国庆假期里，跳过；之后是 8、15、22、29 日。
    expect(spec.due_dates("jiaoyuju", "study.thursday", "2026-10")).to_equal({
      "2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29",
    })
    -- 1 月 1 日元旦跳过。
    expect(#spec.due_dates("jiaoyuju", "study.thursday", "2026-01")).to_equal(4)
  end)
end)

describe("环境和志愿", function()
  it("每月最后一个星期五五清检查", function()
    expect(spec.due_dates("jiaoyuju", "environment.five_cleans", "2026-05")).to_equal({ "2026-05-29" })
    expect(spec.due_dates("jiaoyuju", "environment.five_cleans", "2026-10")).to_equal({ "2026-10-30" })
  end)

  it("国际志愿者日 12 月 5 日是星期六，提前到 4 日", function()
    expect(spec.due_dates("jiaoyuju", "volunteer.volunteer_day", "2026")).to_equal({ "2026-12-04" })
  end)
end)

describe("局属单位考评", function()
  it("季度通报在季初第十天，遇休息日顺延", function()
    -- 1 月 10 日星期六顺延到 12 日；10 月 10 日星期六是国庆调休上班日，照常。
    expect(spec.due_dates("jiaoyuju", "oversight.quarterly_circular", "2026")).to_equal({
      "2026-01-12", "2026-04-10", "2026-07-10", "2026-10-10",
    })
  end)

  it("年度考评从 12 月到次年 1 月底", function()
    -- 期间 2026 列出 2026 年内到期的（2025 年度考评，2026 年 1 月 31 日截止）
    -- 和属于 2026 年度的（2027 年 1 月 31 日截止）；规则未设节假日调整，周末也不挪。
    expect(spec.due_dates("jiaoyuju", "oversight.annual_assessment", "2026")).to_equal({
      "2026-01-31", "2027-01-31",
    })
  end)

  it("没有局属单位的机关没有考评事项", function()
    expect(spec.items("dangan")).not_to_contain("oversight.quarterly_circular")
    expect(spec.items("jiaoyuju")).to_contain("oversight.quarterly_circular")
  end)

  it("单位树中有下级单位的机关，即使没写属性，也有考评事项", function()
    spec.unit{ id = "weijianwei", name = "清源区卫健委", type = "bureau" }
    expect(spec.items("weijianwei")).not_to_contain("oversight.annual_assessment")
    spec.unit{ id = "renmin", name = "清源区人民医院", type = "hospital", parent = "weijianwei" }
    expect(spec.items("weijianwei")).to_contain("oversight.annual_assessment")
  end)

  it("未及时通报算逾期，报送后完成", function()
    spec.clock.set("2026-04-13")
    expect(spec.status("jiaoyuju", "oversight.quarterly_circular", "2026-Q2")).to_equal("overdue")
    spec.record{ unit = "jiaoyuju", item = "oversight.quarterly_circular", period = "2026-Q2", by = "juzhang" }
    expect(spec.status("jiaoyuju", "oversight.quarterly_circular", "2026-Q2")).to_equal("done")
  end)
end)
