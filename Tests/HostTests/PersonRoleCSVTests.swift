import Foundation
import Storage
import Testing

@testable import Host

/// The people and role assignment CSVs.
@Suite("People and roles CSV")
struct PersonRoleCSVTests {
  @Test func peopleRoundTrip() throws {
    let people = [
      Person(
        id: "he-ping", name: "何平",
        contacts: ["email": "heping@example.cn", "phone": "13800002222"]),
      Person(id: "yu-lan", name: "余兰", contacts: ["wecom": "yulan", "dingtalk": "dt-yulan"]),
    ]
    #expect(try PersonCSV.read(PersonCSV.write(people), file: "p.csv") == people)
  }

  @Test(arguments: [
    ("id,name,email\nhe-ping,何平,not-an-address\n", 2, "邮箱地址"),
    ("id,name,phone\nhe-ping,何平,12ab\n", 2, "电话号码"),
    ("id,name\nhe-ping,何平\nhe-ping,何平平\n", 3, "重复"),
    ("id,name\nhe ping,何平\n", 2, "空白"),
  ])
  func badPeople(text: String, line: Int, fragment: String) {
    let error = #expect(throws: CSVError.self) { try PersonCSV.read(text, file: "p.csv") }
    #expect(error?.line == line)
    #expect(error?.description.contains(fragment) == true, "\(error?.description ?? "")")
  }

  @Test func rolesCheckedAgainstKnownIds() throws {
    let text = "unit,role,person\nbs-zx,校长,he-ping\nbs-zx,安全管理员,ghost\n"
    let error = #expect(throws: CSVError.self) {
      try RoleCSV.read(text, file: "r.csv", unitIDs: ["bs-zx"], personIDs: ["he-ping"])
    }
    #expect(error?.description == "r.csv:3: 人员 \"ghost\" 不存在")
    let good = try RoleCSV.read(
      "unit,role,person\nbs-zx,校长,he-ping\n", file: "r.csv", unitIDs: ["bs-zx"],
      personIDs: ["he-ping"])
    #expect(
      try RoleCSV.read(
        RoleCSV.write(good), file: "r.csv", unitIDs: ["bs-zx"], personIDs: ["he-ping"]) == good)
  }
}
