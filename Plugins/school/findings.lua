-- 检查发现问题的整改规则：问题类别、等级与默认整改时限、验收销号的角色和逾期升级顺序。
-- 类别的 checklist 写明哪些清单类别的事项出了问题归入此类；owner 是不对应具体事项时的默认整改责任岗位。
tz.finding_rules {
  categories = {
    { name = "校园安全", checklist = { "safety" }, owner = "总务主任",
      note = "校舍、门卫、消防、周边环境和安全教育中的隐患" },
    { name = "食品安全", owner = "总务主任", note = "食堂、饮用水和校内食品经营" },
    { name = "师德师风", checklist = { "ethics" }, owner = "党支部书记",
      note = "有偿补课、收受礼品、体罚学生等师德失范问题" },
    { name = "教学管理", checklist = { "teaching", "quality", "growth" }, owner = "教导主任",
      note = "课程开设、教学常规、质量监测和教师业务" },
    { name = "德育与家校共育", checklist = { "moral", "home_school" }, owner = "政教主任" },
    { name = "卫生健康", checklist = { "health" }, owner = "健康教育教师" },
    { name = "清廉学校与校务公开", checklist = { "integrity" }, owner = "办公室主任",
      note = "收费、财务公开、校务公开和民主管理" },
    { name = "文明创建与宣传", checklist = { "civility", "study" }, owner = "办公室主任" },
  },
  -- 整改时限自发现之日起按工作日计算，检查组另定时限的以检查组为准。
  severities = {
    { name = "一般", deadline = "10 workdays" },
    { name = "较重", deadline = "5 workdays" },
    { name = "严重", deadline = "2 workdays" },
  },
  -- 整改完成后由分管副校长验收销号，校长也可验收；整改人本人不能给自己销号。
  verifiers = { "分管副校长", "校长" },
  -- 逾期3个工作日后依次告知分管副校长、校长，再到上级派驻的责任督学。
  escalate = { "分管副校长", "校长", "责任督学" },
  escalate_after = "3 workdays",
}
