tz.score { id = "patrol", grades = { ["优秀"] = 90, ["良好"] = 80, ["合格"] = 60 }, veto = { "t.pledge" } }

tz.report { id = "verdicts", title = "结论", period = "month",
  body = function(ctx, doc)
    doc:title(ctx.unit.name)
    local s = ctx.score
    local lines = { string.format("score %s %s weight %s vetoed %s", tz.kit.num(s.score), s.grade,
      tz.kit.num(s.total_weight), table.concat(s.vetoed_titles, ",")) }
    for _, d in ipairs(s.deductions) do
      lines[#lines + 1] = string.format("deduct %s %s/%s %s", d.title, d.achieved, d.counted, tz.kit.num(d.points))
    end
    for _, it in ipairs(ctx.items) do
      if it.target then
        lines[#lines + 1] = string.format("metric %s met=%s count=%d missed=%d latest=%s", it.title,
          tostring(it.met), it.met_count, it.missed, it.value_text)
      end
    end
    for _, l in ipairs(lines) do doc:paragraph(l) end
  end }
