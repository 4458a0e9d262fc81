-- 学段决定少先队和共青团事项：小学有少先队，中学有共青团，九年一贯制学校两者都有。
spec.unit{ id = "xiaoxue", name = "东关小学" }
spec.unit{ id = "yizhong", name = "清源区第一中学" }
spec.unit{ id = "gaozhong", name = "清源区职业高级中学" }
spec.unit{ id = "jiunian", name = "红旗学校", attributes = { ["学段"] = "九年一贯" } }
spec.unit{ id = "shuxing", name = "实验小学", attributes = { ["学段"] = "初中" } }
spec.unit{ id = "teshu", name = "特殊教育学校" }

describe("少先队", function()
  it("小学有少先队队日、升旗和学雷锋活动", function()
    local items = spec.items("xiaoxue")
    expect(items).to_contain("moral.pioneer_day")
    expect(items).to_contain("moral.flag_raising")
    expect(items).to_contain("civility.lei_feng_day")
    expect(items).not_to_contain("moral.league_day")
    expect(items).not_to_contain("moral.flag_raising_league")
  end)

  it("中学（按校名）没有少先队事项，由团委组织升旗、团日和学雷锋", function()
    for _, id in ipairs({ "yizhong", "gaozhong" }) do
      local items = spec.items(id)
      expect(items).not_to_contain("moral.pioneer_day")
      expect(items).not_to_contain("moral.flag_raising")
      expect(items).not_to_contain("civility.lei_feng_day")
      expect(items).to_contain("moral.league_day")
      expect(items).to_contain("moral.flag_raising_league")
      expect(items).to_contain("civility.lei_feng_day_league")
    end
  end)

  it("属性“学段”优先于校名", function()
    expect(spec.items("shuxing")).not_to_contain("moral.pioneer_day")
    expect(spec.items("shuxing")).to_contain("moral.league_day")
  end)

  it("九年一贯制学校两者都有，升旗只由少先队组织一次", function()
    local items = spec.items("jiunian")
    expect(items).to_contain("moral.pioneer_day")
    expect(items).to_contain("moral.league_day")
    expect(items).to_contain("moral.flag_raising")
    expect(items).not_to_contain("moral.flag_raising_league")
  end)

  it("学段推断不出时按有少先队对待，不漏掉职责", function()
    expect(spec.items("teshu")).to_contain("moral.pioneer_day")
    expect(spec.items("teshu")).not_to_contain("moral.league_day")
  end)
end)
