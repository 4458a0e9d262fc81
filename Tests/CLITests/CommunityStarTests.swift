import Foundation
import Testing

/// The community's ten-star rating follows the published rule: ten dimensions each scored
/// out of 10, a star for each score of 9 or more, ≥ 7 stars 达标社区, 10 stars 十星级 —
/// and no star at all while nothing has been scored.
@Suite("The community report rates stars by the ten-dimension rule")
struct CommunityStarTests {
  static let dimensions = [
    "创建理念", "办公设施", "班子团结", "居民自治", "民间组织", "社区服务", "实事工程", "主题活动", "文明祥和", "管理良好",
  ]

  /// The current month and year in Beijing (a record entered now counts as of today).
  static var now: (month: String, year: String) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
    let c = calendar.dateComponents([.year, .month], from: Date())
    return (String(format: "%04d-%02d", c.year ?? 0, c.month ?? 0), String(c.year ?? 0))
  }

  func community() throws -> CLI {
    let cli = try CLI()
    try cli.run("init")
    let r = try cli.run("unit", "add", "sq", "--name", "和平路社区", "--type", "community")
    #expect(r.status == 0, "\(r.stderr)")
    return cli
  }

  /// Records one score per dimension (in order) and renders this month's progress report.
  func report(_ cli: CLI, scores: [Double]?) throws -> String {
    if let scores {
      var args = ["record", "star.self_score", "--unit", "sq", "--period", Self.now.year]
      for (name, score) in zip(Self.dimensions, scores) { args += ["--value", "\(name)=\(score)"] }
      let r = try cli.run(args: args)
      #expect(r.status == 0, "\(r.stderr)")
    }
    let path = cli.folder.appendingPathComponent("p.md").path
    let r = try cli.run("report", "progress", "--unit", "sq", "--period", Self.now.month, "--format", "md", "-o", path)
    #expect(r.status == 0, "\(r.stderr)")
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }

  @Test("nothing scored: no star and no verdict, whatever the completion")
  func unscored() throws {
    let md = try report(try community(), scores: nil)
    #expect(md.contains("尚未登记十个方面的评分，暂不评定星级"), "\(md)")
    #expect(!md.contains("★"))
    #expect(!md.contains("达标社区"))
  }

  @Test("ten scores of 9 or more make a 十星级 community")
  func tenStars() throws {
    let md = try report(try community(), scores: [9, 9.5, 10, 9, 9, 9, 9.2, 9, 9, 9.9])
    #expect(md.contains("十个方面共得10星，评定为十星级和谐社区。"), "\(md)")
  }

  @Test("seven scores of 9 or more (8.9 is not) make 达标社区")
  func sevenStars() throws {
    let md = try report(try community(), scores: [9, 9, 9, 9, 9, 9, 9, 8.9, 8, 5])
    #expect(md.contains("十个方面共得7星，评定为达标社区。"), "\(md)")
  }

  @Test("six stars fall short of 达标 by one")
  func sixStars() throws {
    let md = try report(try community(), scores: [9, 9, 9, 9, 9, 9, 8, 8, 8, 8])
    #expect(md.contains("十个方面共得6星，距达标社区（7星）还差1星。"), "\(md)")
  }
}
