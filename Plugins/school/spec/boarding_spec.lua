-- 按单位属性选事项：寄宿制学校多出宿舍评比，有食堂的学校多出食堂日检。
local AUTUMN_2025 = { name = "2025秋季学期", start = "2025-09-01", ["end"] = "2026-01-23" }
local SPRING_2026 = { name = "2026春季学期", start = "2026-03-02", ["end"] = "2026-07-03" }

spec.unit{
  id = "jisu", name = "柳树镇中心小学",
  attributes = { ["寄宿"] = "是", ["食堂"] = "有", ["区域"] = "农村" },
  terms = { AUTUMN_2025, SPRING_2026 },
  roles = { ["政教主任"] = "zheng", ["总务主任"] = "zong" },
}
spec.unit{
  id = "zoudu", name = "东关小学",
  attributes = { ["寄宿"] = "否", ["食堂"] = "无", ["区域"] = "城区" },
  terms = { AUTUMN_2025, SPRING_2026 },
}

describe("applies", function()
  it("寄宿制学校有宿舍评比和食堂检查", function()
    local items = spec.items("jisu")
    expect(items).to_contain("civility.dorm_award")
    expect(items).to_contain("health.canteen")
  end)

  it("走读学校没有", function()
    local items = spec.items("zoudu")
    expect(items).not_to_contain("civility.dorm_award")
    expect(items).not_to_contain("health.canteen")
    expect(spec.due_dates("zoudu", "civility.dorm_award", "2026-03")).to_equal({})
  end)

  it("两类学校共有的事项都在", function()
    expect(spec.items("zoudu")).to_contain("moral.flag_raising")
    expect(#spec.items("jisu")).to_equal(#spec.items("zoudu") + 2)
  end)
end)

describe("宿舍和食堂", function()
  it("宿舍评比每月一次，月底前完成；寒假的二月不排", function()
    expect(spec.due_dates("jisu", "civility.dorm_award", "2026-03")).to_equal({ "2026-03-31" })
    expect(spec.due_dates("jisu", "civility.dorm_award", "2026-02")).to_equal({})
  end)

  it("食堂每个工作日检查：3 月有 22 个工作日", function()
    -- 3 月 2 日至 31 日：四个整周 20 天，加 30、31 日。
    expect(#spec.due_dates("jisu", "health.canteen", "2026-03")).to_equal(22)
  end)

  it("记一次宿舍评比后本月完成", function()
    spec.clock.set("2026-03-27")
    expect(spec.status("jisu", "civility.dorm_award", "2026-03")).to_equal("open")
    spec.record{ unit = "jisu", item = "civility.dorm_award", by = "zheng" }
    expect(spec.status("jisu", "civility.dorm_award", "2026-03")).to_equal("done")
  end)
end)
