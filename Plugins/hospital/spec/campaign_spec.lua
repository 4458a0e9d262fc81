-- 九不准专项治理的三个阶段（2 月自查 → 3、4 月检查整改 → 5 月回头看）和每月满意度调查。
spec.unit{ id = "renmin", name = "人民医院", type = "hospital", attributes = { ["等级"] = "二级" },
  roles = { ["医德医风办主任"] = "yide", ["院长"] = "yuanzhang" } }
spec.unit{ id = "weishengyuan", name = "柳树镇卫生院", type = "health_centre" }
spec.unit{ id = "cunweishengshi", name = "黄土坡村卫生室", type = "health_station" }

describe("专项治理阶段", function()
  it("科室自查在 2 月底前；2 月 28 日星期六是春节调休上班日，照常", function()
    expect(spec.due_dates("renmin", "campaign.department_self_check", "2026")).to_equal({ "2026-02-28" })
  end)

  it("2027 年 2 月 28 日是星期日，自查提前到 26 日星期五", function()
    expect(spec.due_dates("renmin", "campaign.department_self_check", "2027")).to_equal({ "2027-02-26" })
  end)

  it("联合检查在 3、4 月，4 月 30 日星期四截止", function()
    expect(spec.due_dates("renmin", "campaign.joint_inspection", "2026")).to_equal({ "2026-04-30" })
  end)

  it("回头看在 5 月；31 日是星期日，提前到 29 日星期五", function()
    expect(spec.due_dates("renmin", "campaign.look_back", "2026")).to_equal({ "2026-05-29" })
  end)

  it("三个阶段依次进行", function()
    local self_check = spec.due_dates("renmin", "campaign.self_check_summary", "2026")[1]
    local inspection = spec.due_dates("renmin", "campaign.rectification", "2026")[1]
    local report = spec.due_dates("renmin", "campaign.report_upward", "2026")[1]
    expect(self_check < inspection and inspection < report).to_be_truthy()
  end)
end)

describe("满意度", function()
  it("每月最后一个工作日调查", function()
    -- 1 月 31 日星期六，提前到 30 日；2 月 28 日是调休上班日；10 月 31 日星期六，取 30 日。
    expect(spec.due_dates("renmin", "service.satisfaction_survey", "2026-01")).to_equal({ "2026-01-30" })
    expect(spec.due_dates("renmin", "service.satisfaction_survey", "2026-02")).to_equal({ "2026-02-28" })
    expect(spec.due_dates("renmin", "service.satisfaction_survey", "2026-10")).to_equal({ "2026-10-30" })
    expect(#spec.due_dates("renmin", "service.satisfaction_survey", "2026")).to_equal(12)
  end)

  it("问卷每季度末一次", function()
    expect(spec.due_dates("renmin", "service.quarterly_questionnaire", "2026")).to_equal({
      "2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31",
    })
  end)

  it("逾期后补做即完成", function()
    spec.clock.set("2026-02-02")
    expect(spec.status("renmin", "service.satisfaction_survey", "2026-01")).to_equal("overdue")
    spec.record{ unit = "renmin", item = "service.satisfaction_survey", period = "2026-01", by = "yide" }
    expect(spec.status("renmin", "service.satisfaction_survey", "2026-01")).to_equal("done")
  end)
end)

describe("按机构类型", function()
  it("卫生院每年 12 次健康讲座，卫生室 6 次", function()
    expect(spec.items("weishengyuan")).to_contain("health.lectures_centre")
    expect(spec.items("weishengyuan")).not_to_contain("health.lectures_station")
    expect(spec.items("cunweishengshi")).to_contain("health.lectures_station")
  end)

  it("二级医院创建健康促进医院，卫生院不需要", function()
    expect(spec.items("renmin")).to_contain("health.promoting_hospital")
    expect(spec.items("weishengyuan")).not_to_contain("health.promoting_hospital")
  end)
end)
