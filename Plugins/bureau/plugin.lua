-- The bureau plugin: checklists and reminders of a government organ (机关) building a
-- civilised unit (文明单位): study, discipline, integrity, service, environment,
-- volunteering, information work and oversight of the units under the bureau.
return {
  id = "bureau",
  name = "机关",
  version = "1.0.0",
  api = 1,
  unit_types = { "bureau" },
  requires = { "calendar" },
  description = "政府部门、党委工作机关和委办局创建文明机关、管理局属单位的工作台账。",
  roles = {
    ["局长"] = "单位主要负责人，创建工作领导小组组长，对创建工作负总责",
    ["分管领导"] = "分管创建工作和相关股室的班子成员，带班检查纪律，履行一岗双责",
    ["纪检组长"] = "派驻纪检监察负责人，监督党风廉政建设和工作纪律",
    ["办公室主任"] = "兼任创建领导小组办公室主任，协调督促各项任务，汇总材料与信息",
    ["股室负责人"] = "本股室创建任务第一责任人，审核本股室信息稿件",
    ["信息员"] = "每个股室和局属单位各一名，采写并报送工作信息",
    ["党支部书记"] = "机关党支部负责人，组织学习日、主题党日和志愿服务",
    ["工会主席"] = "组织节日纪念和文体活动",
    ["局属单位负责人"] = "局属单位主要负责人，按要求报送材料、接受考评",
    ["上级文明办"] = "上级精神文明建设委员会办公室的联络人，督办逾期的创建事项",
  },
}
