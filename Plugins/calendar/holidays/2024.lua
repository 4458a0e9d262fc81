-- 2024 holiday arrangement (2024年部分节假日安排). Format: see holidays/2026.lua.
-- Where the notice says a day off "joins the weekend" (与周末连休), the weekend days are
-- included in the span.
return {
  year = 2024,
  source = "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）",
  holidays = {
    { name = "元旦", from = "2023-12-30", to = "2024-01-01" },
    { name = "春节", from = "2024-02-10", to = "2024-02-17" },
    { name = "清明节", from = "2024-04-04", to = "2024-04-06" },
    { name = "劳动节", from = "2024-05-01", to = "2024-05-05" },
    { name = "端午节", from = "2024-06-08", to = "2024-06-10" },
    { name = "中秋节", from = "2024-09-15", to = "2024-09-17" },
    { name = "国庆节", from = "2024-10-01", to = "2024-10-07" },
  },
  workdays = {
    { date = "2024-02-04", for_holiday = "春节" },
    { date = "2024-02-18", for_holiday = "春节" },
    { date = "2024-04-07", for_holiday = "清明节" },
    { date = "2024-04-28", for_holiday = "劳动节" },
    { date = "2024-05-11", for_holiday = "劳动节" },
    { date = "2024-09-14", for_holiday = "中秋节" },
    { date = "2024-09-29", for_holiday = "国庆节" },
    { date = "2024-10-12", for_holiday = "国庆节" },
  },
}
