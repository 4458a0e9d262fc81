-- 提醒规则：未列出的事项用主程序默认规则（提前3个工作日）；每日事项当天提醒；月度事项提前3个工作日；季度、半年、年度和专项阶段事项提前一周；有督办名单的逾期3个工作日后上报。

-- 每天的登记：不提前，不上报，漏掉的只补最近一次。
tz.reminder{
  id = "daily_logs",
  items = { "safety.medical_waste", "supervision.complaint_log" },
  on_due = true,
  overdue_every = "1 workdays",
  overdue_limit = 2,
  quiet_days = false,
  catch_up = "latest",
}

-- 每周开箱：当天提醒一次，逾期次日再提醒。
tz.reminder{
  id = "weekly_box",
  items = { "supervision.report_box" },
  on_due = true,
  overdue_every = "1 workdays",
  overdue_limit = 2,
  catch_up = "latest",
}

-- 月度事项：提前3个工作日。
tz.reminder{
  id = "monthly",
  items = {
    "service.satisfaction_survey",
    "service.survey_rectification",
    "supervision.investigation",
    "safety.disinfection",
    "safety.antibiotics",
    "civility.web_articles",
  },
  before = "3 workdays",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  catch_up = "latest",
}

-- 九不准季度确认：提前一周，逾期3个工作日上报分管院长。
tz.reminder{
  id = "prohibitions_quarterly",
  items = "prohibitions",
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  catch_up = "all",
}

-- 专项治理各阶段：提前一周，逾期3个工作日上报。
tz.reminder{
  id = "campaign_phases",
  items = "campaign",
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  catch_up = "all",
}

-- 季度、半年和年度事项：提前一周。
tz.reminder{
  id = "longer_periods",
  items = {
    "education.training_coverage",
    "education.reflection",
    "education.briefing",
    "education.ethics_activities",
    "education.staff_training",
    "service.quarterly_questionnaire",
    "service.price_notice",
    "service.praise_tally",
    "service.poverty_waiver",
    "supervision.channel_published",
    "supervision.violations",
    "supervision.sanctions_ledger",
    "supervision.purchase_oversight",
    "supervision.appraisal_link",
    "safety.supplies_certificates",
    "health.smoke_free",
    "health.promoting_hospital",
    "civility.internet_norms",
    "civility.slogans",
  },
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  catch_up = "latest",
}

-- 讲座是全年配额：按进度提前一周提醒，落后时每周催一次。
tz.reminder{
  id = "lecture_quota",
  items = { "health.lectures_centre", "health.lectures_station" },
  before = "7 days",
  on_due = true,
  overdue_every = "5 workdays",
  overdue_limit = 4,
  escalate_after = "3 workdays",
  catch_up = "latest",
}
