-- Dated stages (实施步骤) of the yearly harmonious-community campaign and of the social-organisation service cycle.
tz.phase{ id = "mobilise", title = "动员宣传", from = "03-15", to = "04-15" }
tz.phase{ id = "implement", title = "组织实施", from = "04-16", to = "09-30" }
tz.phase{ id = "self_check", title = "自查自验总结", from = "10-01", to = "10-15" }
tz.phase{ id = "org_prepare", title = "社会组织项目准备", from = "05-01", to = "06-30" }
tz.phase{ id = "org_service", title = "社会组织项目服务", from = "07-01", to = "+1-07-31" }
