-- 提醒规则：默认规则由主程序提供（提前3个工作日，逾期每2个工作日、最多5次，逾期3个工作日升级）。

-- 每日事项：不提前提醒，不升级，漏掉的只提醒最近一次。
tz.reminder{
  id = "daily",
  items = { "service.online_messages" },
  on_due = true,
  quiet_days = true,
  catch_up = "latest",
}

-- 每周事项：提前一个工作日提醒，逾期三个工作日后告知上一级。
tz.reminder{
  id = "weekly",
  items = { "study.thursday", "discipline.spot_check", "volunteer.grid" },
  before = "1 workdays",
  on_due = true,
  overdue_every = "1 workdays",
  overdue_limit = 3,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}

-- 月度报送和检查：提前三个工作日提醒。
tz.reminder{
  id = "monthly",
  items = {
    "campaign.progress_check", "discipline.monthly_review", "discipline.civil_conduct",
    "service.complaint_log", "service.four_signs", "environment.five_cleans",
    "environment.public_area", "environment.fire_safety",
    "environment.river_chief", "information.submission", "information.website",
    "information.job_fair_notice",
  },
  before = "3 workdays",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}

-- 创建阶段事项：提前一周提醒，错过的阶段逐一补报。
tz.reminder{
  id = "campaign",
  items = "campaign",
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "all",
}

-- 局属单位的季度通报和年度考评：提前一周提醒。
tz.reminder{
  id = "oversight",
  items = "oversight",
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}

-- 年度、半年和固定纪念日事项：提前一周提醒，便于准备方案和物料。
tz.reminder{
  id = "yearly",
  items = {
    "study.annual_plan", "study.online_civility", "study.moral_awareness",
    "discipline.eight_nos",
    "integrity.responsibility", "integrity.two_duties", "integrity.warning_education",
    "volunteer.lei_feng", "volunteer.water_day", "volunteer.safety_month",
    "volunteer.volunteer_day", "volunteer.hours", "volunteer.qingming",
    "volunteer.memorial_day",
    "information.officers",
  },
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}
