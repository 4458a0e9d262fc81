import Foundation
import Testing

@Suite("taizhang checklist joins a unit's plugin items, the calendar and the ledger")
struct ChecklistCommandTests {
  func school() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "hx-xx", "--name", "河西小学", "--type", "school", "--attribute", "寄宿=否")
    try cli.run("unit", "add", "hx-zx", "--name", "河西寄宿中学", "--type", "school", "--attribute", "寄宿=是")
    return cli
  }

  func item(_ id: String, in json: [String: Any]) -> [String: Any]? {
    let sections = json["sections"] as? [[String: Any]] ?? []
    return sections.flatMap { $0["items"] as? [[String: Any]] ?? [] }.first { $0["id"] as? String == id }
  }

  @Test("Monday flag-raising in November 2026: five Mondays, two recorded, two overdue once the 23rd is over")
  func weeklyItem() throws {
    let cli = try school()
    // ISO weeks of the Mondays 2, 9, 16, 23, 30 November 2026 are 45 … 49.
    let r = try cli.recordHistorical([
      ["hx-xx", "moral.flag_raising", "2026-W45", "2026-11-02"], ["hx-xx", "moral.flag_raising", "2026-W46", "2026-11-09"],
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let result = try cli.run("checklist", "--unit", "hx-xx", "--period", "2026-11", "--today", "2026-11-23", "--json")
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let flag = try #require(item("moral.flag_raising", in: json))
    #expect(flag["due"] as? Int == 5)
    #expect(flag["done"] as? Int == 2)
    // The 16th, and the 23rd itself: that day is over (judged on a later day), so the
    // work due on it and not done is late too.
    #expect(flag["overdue"] as? Int == 2)
    let dues = (flag["occurrences"] as? [[String: Any]])?.compactMap { $0["due"] as? String }
    #expect(dues == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"])
  }

  @Test("applies picks items by the unit's attributes: dormitory items only for boarding schools")
  func appliesByAttributes() throws {
    let cli = try school()
    func ids(_ unit: String) throws -> Set<String> {
      let out = try cli.run("checklist", "--unit", unit, "--today", "2026-11-23", "--json").stdout
      let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any] ?? [:]
      let sections = json["sections"] as? [[String: Any]] ?? []
      return Set(sections.flatMap { $0["items"] as? [[String: Any]] ?? [] }.compactMap { $0["id"] as? String })
    }
    let day = try ids("hx-xx")
    let boarding = try ids("hx-zx")
    #expect(!day.contains("civility.dorm_award"))
    #expect(boarding.contains("civility.dorm_award"))
    // The boarding school is a middle school: the Youth League's items replace the Young
    // Pioneers' (school level, 学段); otherwise it has every item of the day school.
    let pioneers: Set = ["moral.pioneer_day", "moral.flag_raising", "civility.lei_feng_day"]
    let league: Set = ["moral.league_day", "moral.flag_raising_league", "civility.lei_feng_day_league"]
    #expect(day.isSuperset(of: pioneers) && day.isDisjoint(with: league))
    #expect(boarding.isSuperset(of: league) && boarding.isDisjoint(with: pioneers))
    #expect(boarding.isSuperset(of: day.subtracting(pioneers)))
  }

  @Test("the text form groups items under their categories, and bad input is refused")
  func textAndErrors() throws {
    let cli = try school()
    let text = try cli.run("checklist", "--unit", "hx-xx", "--period", "2026-11", "--today", "2026-11-23")
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("河西小学（hx-xx）· 学校 · 2026-11（截至 2026-11-23）"))
    #expect(text.stdout.contains("【德育与少先队】"))
    #expect(try cli.run("checklist", "--unit", "nowhere").status != 0)
    #expect(try cli.run("checklist", "--unit", "hx-xx", "--period", "2026-13").status == 2)
    #expect(try cli.run("checklist", "--unit", "hx-xx", "--today", "soon").status == 2)
  }
}
