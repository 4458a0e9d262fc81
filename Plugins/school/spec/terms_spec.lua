-- 学期与假期：学期事项按单位的学期日期排定，寒暑假暂停标了 pause_in_vacation 的事项。
-- 预期日期按日历（Plugins/calendar/holidays/2026.lua）逐一推算，注释写明推算过程。
local AUTUMN_2025 = { name = "2025秋季学期", start = "2025-09-01", ["end"] = "2026-01-23" }
local SPRING_2026 = { name = "2026春季学期", start = "2026-03-02", ["end"] = "2026-07-03" }
local AUTUMN_2026 = { name = "2026秋季学期", start = "2026-09-01", ["end"] = "2027-01-22" }

spec.unit{
  id = "shiyan",
  name = "实验小学",
  attributes = { ["寄宿"] = "否", ["食堂"] = "无" },
  terms = { AUTUMN_2025, SPRING_2026, AUTUMN_2026 },
  roles = { ["校长"] = "head", ["教导主任"] = "dean" },
}

describe("学期节点", function()
  it("开学第二周检查教学常规", function()
    -- 3 月 2 日（星期一）开学，加 7 天为 3 月 9 日星期一，照常上班。
    expect(spec.due_dates("shiyan", "teaching.start_check", "2026-T1")).to_equal({ "2026-03-09" })
  end)

  it("期中检查遇劳动节顺延到节后第一个工作日", function()
    -- 学期 3 月 2 日至 7 月 3 日共 123 天，一半为 61 天，期中是 5 月 2 日；
    -- 5 月 1 日至 5 日放假，顺延到 5 月 6 日星期三。
    expect(spec.due_dates("shiyan", "teaching.midterm_check", "2026-T1")).to_equal({ "2026-05-06" })
  end)

  it("期末前五天评优遇周日提前到星期五", function()
    -- 7 月 3 日减 5 天是 6 月 28 日星期日，提前到 6 月 26 日星期五。
    expect(spec.due_dates("shiyan", "civility.class_award", "2026-T1")).to_equal({ "2026-06-26" })
    -- 秋季学期 2027 年 1 月 22 日结束，减 5 天是 1 月 17 日星期日，提前到 1 月 15 日。
    expect(spec.due_dates("shiyan", "civility.class_award", "2026-T2")).to_equal({ "2027-01-15" })
  end)
end)

describe("寒暑假暂停", function()
  it("一月只在学期内升旗，寒假开始后停止", function()
    -- 星期一为 1 月 5、12、19、26 日；秋季学期 1 月 23 日结束，26 日已放寒假。
    expect(spec.due_dates("shiyan", "moral.flag_raising", "2026-01")).to_equal({
      "2026-01-05", "2026-01-12", "2026-01-19",
    })
  end)

  it("二月整月在寒假，没有升旗", function()
    expect(spec.due_dates("shiyan", "moral.flag_raising", "2026-02")).to_equal({})
  end)

  it("清明节假期占了星期一，升旗顺延到星期二", function()
    -- 4 月 4 日至 6 日放假，6 日星期一顺延到 7 日；其余星期一为 13、20、27 日。
    expect(spec.due_dates("shiyan", "moral.flag_raising", "2026-04")).to_equal({
      "2026-04-07", "2026-04-13", "2026-04-20", "2026-04-27",
    })
  end)

  it("七月暑假不升旗", function()
    -- 春季学期 7 月 3 日（星期五）结束，7 月的星期一都在暑假。
    expect(spec.due_dates("shiyan", "moral.flag_raising", "2026-07")).to_equal({})
  end)

  it("门卫值守不因假期暂停", function()
    -- 2026 年 2 月有 28 天，每天一次。
    expect(#spec.due_dates("shiyan", "safety.gate_duty", "2026-02")).to_equal(28)
  end)

  it("寒假期间的学雷锋日不排", function()
    -- 另一所学校 3 月 9 日才开学，3 月 5 日还在寒假里。
    local late = { name = "2026春季学期", start = "2026-03-09", ["end"] = "2026-07-10" }
    spec.unit{ id = "wanxiao", terms = { AUTUMN_2025, late } }
    expect(spec.due_dates("wanxiao", "civility.lei_feng_day", "2026")).to_equal({})
    expect(spec.due_dates("shiyan", "civility.lei_feng_day", "2026")).to_equal({ "2026-03-05" })
  end)
end)

describe("完成情况", function()
  it("教学常规月报：未到期、逾期、补报后完成", function()
    -- 3 月最后一个工作日是 31 日星期二。
    expect(spec.due_dates("shiyan", "teaching.monthly_report", "2026-03")).to_equal({ "2026-03-31" })
    spec.clock.set("2026-03-20")
    expect(spec.status("shiyan", "teaching.monthly_report", "2026-03")).to_equal("open")
    spec.clock.advance(12)
    expect(spec.clock.today()).to_equal("2026-04-01")
    expect(spec.status("shiyan", "teaching.monthly_report", "2026-03")).to_equal("overdue")
    spec.record{ unit = "shiyan", item = "teaching.monthly_report", period = "2026-03", by = "dean" }
    expect(spec.status("shiyan", "teaching.monthly_report", "2026-03")).to_equal("done")
  end)

  it("单位的角色和人员可在 tz.unit 中读到", function()
    local head = spec.with_unit("shiyan", function() return tz.unit.people("校长")[1].id end)
    expect(head).to_equal("head")
    local terms = spec.with_unit("shiyan", function() return #tz.cal.terms() end)
    expect(terms).to_equal(3)
  end)
end)
