-- 2026 holiday arrangement (2026年部分节假日安排).
--
-- Format (one file per year, named after the year):
--   year      the calendar year this file covers
--   source    where the dates come from (the notice's title or number)
--   holidays  the days off, one entry per festival: name, first day (from), last day (to),
--             both included; weekends inside the span are listed too
--   workdays  the weekend days that become working days (调休上班), each with the
--             festival it pays for (for_holiday)
-- Dates are written YYYY-MM-DD. Anything not listed follows the ordinary week:
-- Monday to Friday work, Saturday and Sunday rest.
return {
  year = 2026,
  source = "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
  holidays = {
    { name = "元旦", from = "2026-01-01", to = "2026-01-03" },
    { name = "春节", from = "2026-02-15", to = "2026-02-23" },
    { name = "清明节", from = "2026-04-04", to = "2026-04-06" },
    { name = "劳动节", from = "2026-05-01", to = "2026-05-05" },
    { name = "端午节", from = "2026-06-19", to = "2026-06-21" },
    { name = "中秋节", from = "2026-09-25", to = "2026-09-27" },
    { name = "国庆节", from = "2026-10-01", to = "2026-10-07" },
  },
  workdays = {
    { date = "2026-01-04", for_holiday = "元旦" },
    { date = "2026-02-14", for_holiday = "春节" },
    { date = "2026-02-28", for_holiday = "春节" },
    { date = "2026-05-09", for_holiday = "劳动节" },
    { date = "2026-09-20", for_holiday = "国庆节" },
    { date = "2026-10-10", for_holiday = "国庆节" },
  },
}
