-- 社区：月度进展报告、保洁时段、星级自评、固定纪念日，以及按属性选择的事项。
spec.unit{ id = "heping", name = "和平社区", type = "community", attributes = { ["区域"] = "城区" } }
spec.unit{ id = "liushu", name = "柳树村", type = "community",
  attributes = { ["区域"] = "农村", ["社会组织项目"] = "是" } }

describe("月度报告", function()
  it("每月最后一个工作日交书面进展报告", function()
    -- 5 月 31 日星期日、30 日星期六，取 29 日星期五；2 月 28 日星期六调休上班。
    expect(spec.due_dates("heping", "supervision.monthly_report", "2026-05")).to_equal({ "2026-05-29" })
    expect(spec.due_dates("heping", "supervision.monthly_report", "2026-02")).to_equal({ "2026-02-28" })
  end)

  it("月底未报即逾期", function()
    spec.clock.set("2026-06-01")
    expect(spec.status("heping", "supervision.monthly_report", "2026-05")).to_equal("overdue")
    spec.record{ unit = "heping", item = "supervision.monthly_report", period = "2026-05" }
    expect(spec.status("heping", "supervision.monthly_report", "2026-05")).to_equal("done")
  end)
end)

describe("保洁和纪念日", function()
  it("清扫每天都有，周末也不停", function()
    expect(#spec.due_dates("heping", "environment.morning_sweep", "2026-02")).to_equal(28)
  end)

  it("星级自评在 10 月上半月，15 日截止", function()
    expect(spec.due_dates("heping", "star.self_score", "2026")).to_equal({ "2026-10-15" })
  end)

  it("学雷锋日 3 月 5 日；重阳节按农历九月初九，2026 年是 10 月 18 日", function()
    expect(spec.due_dates("heping", "volunteer.leifeng_day", "2026")).to_equal({ "2026-03-05" })
    expect(spec.due_dates("heping", "service.double_ninth", "2026")).to_equal({ "2026-10-18" })
  end)
end)

describe("applies", function()
  it("农村社区有改厕检查，城区社区没有", function()
    expect(spec.items("liushu")).to_contain("environment.toilet_check")
    expect(spec.items("heping")).not_to_contain("environment.toilet_check")
  end)

  it("承接社会组织项目的社区有项目对接", function()
    expect(spec.items("liushu")).to_contain("service.social_org_match")
    expect(spec.items("heping")).not_to_contain("service.social_org_match")
    expect(spec.due_dates("liushu", "service.social_org_match", "2026")).to_equal({ "2026-06-30" })
  end)
end)
