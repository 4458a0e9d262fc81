tz.score { id = "mini", grades = { ["优秀"] = 90, ["良好"] = 80, ["合格"] = 60 }, veto = { "b.pledge" }, stars = 100 }

tz.report { id = "ranking", title = "排名", period = "month", rollup = true,
  body = function(ctx, doc)
    doc:title("排名")
    local rows = {}
    for _, c in ipairs(tz.kit.ranking(ctx.children)) do
      rows[#rows + 1] = { c.rank, c.unit.id, c.counted, c.done, c.overdue, tz.kit.num(c.rate), tz.kit.num(c.score), c.grade }
    end
    doc:table { header = { "名次", "单位", "应办", "已办", "逾期", "完成率", "得分", "等次" }, rows = rows }
  end }

tz.report { id = "card", title = "成绩单", period = "month",
  body = function(ctx, doc)
    doc:title(ctx.unit.name)
    local s = ctx.score
    doc:paragraph(string.format("%s|%s|%d|%s", tz.kit.num(s.score), s.grade, s.stars, table.concat(s.vetoed, ",")))
    local rows = {}
    for _, it in ipairs(ctx.items) do
      rows[#rows + 1] = { it.item, it.status or "", it.done, it.overdue, it.owners_text, it.value_text or "" }
    end
    doc:table { header = { "事项", "状态", "已办", "逾期", "责任人", "数值" }, rows = rows }
  end }

tz.report { id = "broken", title = "坏报告", period = "month",
  body = function(ctx, doc)
    doc:title(ctx.unit.name)
    doc:heading(ctx.no_such.field)
  end }

-- What tz.store shows a report body: its records and occurrences, one line each.
tz.report { id = "store", title = "台账读取", period = "month",
  body = function(ctx, doc)
    doc:title(ctx.unit.name)
    local lines = {}
    for _, r in ipairs(tz.store.records(ctx.period.key)) do
      lines[#lines + 1] = "record " .. r.item .. " " .. r.done_on
    end
    for _, o in ipairs(tz.store.occurrences(ctx.period.key)) do
      lines[#lines + 1] = string.format("occurrence %s %d %s %s", o.item, o.records, tostring(o.done), tostring(o.overdue))
    end
    local rate = tz.store.metric("b.rate", ctx.period.key)
    lines[#lines + 1] = "metric " .. (rate and tz.kit.num(rate["优秀数"]) or "nil")
    doc:list(lines)
  end }
