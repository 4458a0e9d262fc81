-- Reminder rules: items not listed use the host default (3 workdays ahead, every 2 workdays overdue up to 5 times, escalate after 3 workdays); then daily, weekly, monthly, attestation and yearly/phase items.

-- Cleaners' daily duty: a message at the start of each window, every day including weekends; no warning, no escalation.
tz.reminder{
  id = "daily_duty",
  items = { "environment.morning_sweep", "environment.afternoon_patrol" },
  on_due = true,
  quiet_days = false,
  catch_up = "latest",
}

-- Weekly items: a note on the day, one repeat if missed, no escalation.
tz.reminder{
  id = "weekly",
  items = {
    "culture.weekly_activity",
    "safety.patrol",
    "supervision.issue_register",
    "environment.clean_rate",
  },
  before = "1 workdays",
  on_due = true,
  overdue_every = "1 workdays",
  overdue_limit = 2,
  quiet_days = true,
  catch_up = "latest",
}

-- Month-end report and ledger: warn 3 workdays before, nag daily, escalate after 3 workdays.
tz.reminder{
  id = "monthly_report",
  items = {
    "supervision.monthly_report",
    "supervision.archive",
    "supervision.issue_close",
    "supervision.issue_overdue",
    "supervision.accountability_talk",
  },
  before = "3 workdays",
  on_due = true,
  overdue_every = "1 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}

-- Pledges: remind on the day, repeat twice, escalate to the owner's chain after 3 workdays.
tz.reminder{
  id = "attestations",
  items = { "environment.cleaner_pledge", "star.true_materials", "health.smoke_free" },
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 2,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}

-- Yearly, fixed-day and campaign-phase items: a week's warning, escalate after 3 workdays.
tz.reminder{
  id = "yearly",
  items = {
    "party.leading_group",
    "party.mobilise_meeting",
    "party.members_contact",
    "culture.venues_open",
    "supervision.year_summary",
    "star.self_score",
    "star.self_nominate",
    "star.acceptance",
    "service.double_ninth",
    "service.social_org_match",
    "environment.no_heaps",
    "volunteer.leifeng_plan",
    "volunteer.leifeng_board",
    "volunteer.leifeng_day",
    "volunteer.leifeng_summary",
    "health.tb_day",
    "health.lifestyle_day",
    "health.hypertension_day",
    "health.diabetes_day",
    "health.aids_day",
  },
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}
