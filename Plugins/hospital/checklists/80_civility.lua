-- 精神文明：卫生健康系统网络文明传播——报送创建稿件、文明上网学习、文明风尚宣传语。
tz.category{ id = "civility", title = "精神文明创建", order = 80 }

tz.item{
  id = "civility.web_articles",
  title = "向卫健委网站报送文明稿件",
  category = "civility",
  kind = "metric",
  every = "monthly on last workday",
  owner = "宣传科科长",
  cooperate = { "科室主任" },
  escalate = { "分管院长" },
  evidence = { "稿件", "发布截图" },
  target = { at_least = 1, unit = "篇" },
  note = "收集本院精神文明建设动态、创建成果和先进事迹，配文字图片报送。原文只说积极报送，未给数量，默认每月至少一篇，可在站点插件中修改。",
}

tz.item{
  id = "civility.internet_norms",
  title = "组织学习文明上网规范",
  category = "civility",
  kind = "task",
  every = "once per year",
  owner = "宣传科科长",
  cooperate = { "科室主任", "信息科科长" },
  evidence = { "学习材料", "签到表" },
  note = "规范每人一份，个人自学或以科室为单位学习，同时讲网络安全和保密要求。",
}

tz.item{
  id = "civility.slogans",
  title = "在显要位置张挂文明宣传语",
  category = "civility",
  kind = "standard",
  every = "once per half",
  owner = "宣传科科长",
  evidence = { "照片" },
  note = "走廊、大厅等显要位置悬挂积极向上的文明风尚宣传语，破损褪色的及时更换。原文未给检查频率，默认每半年查看一次。",
}
