-- 提醒规则：未列出的事项用主程序的默认规则（提前3个工作日，逾期每2个工作日一次、最多5次，逾期3个工作日升级）；
-- 下面是每日、每周、月报、学期/年度、纪念日和师德阶段的专门规则。如需改默认规则，声明 id = "default" 的规则即可。

-- 每日事项：不提前提醒，不升级，只在当天提示。
tz.reminder{
  id = "daily",
  items = {
    "moral.routine_check",
    "teaching.class_patrol",
    "safety.gate_duty",
    "safety.recess_patrol",
    "health.eye_exercise",
    "health.activity_hour",
    "health.canteen",
  },
  on_due = true,
  quiet_days = true,
  catch_up = "latest",
}

-- 每周事项：提前一个工作日提醒，逾期提醒一次。
tz.reminder{
  id = "weekly",
  items = {
    "moral.flag_raising",
    "teaching.group_prep",
    "teaching.composition",
    "safety.class_talk",
    "health.hygiene_contest",
  },
  before = "1 workdays",
  on_due = true,
  overdue_every = "1 workdays",
  overdue_limit = 1,
  quiet_days = true,
  catch_up = "latest",
}

-- 教学常规月报：提前3个工作日，逾期3个工作日升级。
tz.reminder{
  id = "monthly_report",
  items = { "teaching.monthly_report", "integrity.affairs_open" },
  before = "3 workdays",
  on_due = true,
  overdue_every = "1 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}

-- 学期和年度事项：提前一周提醒，逾期3个工作日升级。
tz.reminder{
  id = "term_and_year",
  items = {
    "study.party_press",
    "integrity.finance_open",
    "integrity.fee_pledge",
    "integrity.staff_congress",
    "integrity.cadre_review",
    "integrity.clean_education",
    "civility.plan",
    "civility.class_award",
    "civility.thrift",
    "civility.campus_culture",
    "moral.law_lecture",
    "moral.student_crime",
    "ethics.pledge",
    "ethics.survey",
    "ethics.conduct",
    "ethics.vice_zero",
    "ethics.model_award",
    "growth.reading_notes",
    "growth.papers",
    "growth.five_ones",
    "growth.continuing_pass",
    "teaching.term_plan",
    "teaching.full_curriculum",
    "teaching.start_check",
    "teaching.midterm_check",
    "teaching.end_check",
    "quality.unit_tests",
    "quality.plan_excellent",
    "quality.plan_pass",
    "quality.homework_excellent",
    "quality.homework_pass",
    "quality.average_score",
    "quality.excellent_rate",
    "quality.low_rate",
    "quality.enrolment",
    "quality.retention",
    "safety.pledge",
    "safety.building_check",
    "safety.no_dangerous_building",
    "safety.accident_zero",
    "health.lecture",
    "health.common_disease",
    "health.archive",
    "home_school.parent_meeting",
    "home_school.parent_class",
    "home_school.committee",
    "home_school.home_visit",
  },
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}

-- 纪念日活动（3月5日、4月23日、6月26日、12月1日）和春季、4月主题活动：提前一周准备方案。
tz.reminder{
  id = "fixed_days",
  items = {
    "civility.lei_feng_day",
    "civility.reading_day",
    "moral.anti_drug_day",
    "health.aids_day",
    "health.spring_epidemic",
    "health.patriotic_month",
  },
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 2,
  quiet_days = true,
  catch_up = "latest",
}

-- 师德师风专项活动和暑期研修：各阶段开始前一周提醒，逾期3个工作日升级。
tz.reminder{
  id = "campaigns",
  items = {
    "ethics.study",
    "ethics.self_check",
    "ethics.rectify",
    "ethics.acceptance",
    "growth.training_topics",
    "growth.training_required",
  },
  before = "7 days",
  on_due = true,
  overdue_every = "2 workdays",
  overdue_limit = 5,
  escalate_after = "3 workdays",
  quiet_days = true,
  catch_up = "latest",
}
