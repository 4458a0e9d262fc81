import ArgumentParser
import Foundation
import Rendering

/// Renders a typical monthly summary (10 tables, 2 charts, 50 paragraphs) in every format
/// and reports the median time per format.
struct RenderingBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rendering",
    abstract: "Time rendering a monthly summary in every format.")

  @Option(help: "Rounds per format; the median is reported.")
  var rounds = 15

  @Option(help: "Also write the rendered files into this folder, for review.")
  var out: String?

  func run() throws {
    let doc = MonthlySummarySample.document
    if let out {
      let dir = URL(fileURLWithPath: out)
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      for format in Format.allCases {
        for file in try format.files(for: doc, baseName: "monthly-summary") {
          try file.data.write(to: dir.appendingPathComponent(file.name))
        }
      }
    }
    for format in Format.allCases {
      var times: [Double] = []
      var bytes = 0
      for _ in 0..<max(rounds, 1) {
        let start = DispatchTime.now().uptimeNanoseconds
        let files = try format.files(for: doc, baseName: "s")
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        bytes = files.reduce(0) { $0 + $1.data.count }
      }
      let median = times.sorted()[times.count / 2]
      let ms = (median * 100).rounded() / 100
      row("render monthly summary: \(format.rawValue) (\(bytes / 1024) KiB)", "\(ms) ms", "≤ 50 ms")
    }
  }
}

/// A monthly summary of the size the reports will produce: 10 tables, 2 charts,
/// 50 paragraphs, a few lists and key figures.
enum MonthlySummarySample {
  static let categories = [
    "理论学习", "清廉学校", "德育工作", "师德师风", "教学常规", "卫生健康",
    "平安校园", "家校共育",
  ]

  static var document: Document {
    var blocks: [Block] = [
      .keyFigures(
        KeyFigures([
          KeyFigure(label: "按时完成率", value: "94.6%", target: "≥95%"),
          KeyFigure(label: "逾期事项", value: "3", target: "0"),
          KeyFigure(label: "考核得分", value: "91.5"),
        ]))
    ]
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    for section in 0..<10 {
      blocks.append(
        .heading(Heading(level: 1, text: "\(numerals[section])、\(categories[section % 8])")))
      for p in 0..<5 {
        blocks.append(
          .paragraph(
            Paragraph(
              "本月围绕\(categories[(section + p) % 8])开展工作，按计划完成**\(10 + p)项**任务，"
                + "其中按时完成\(9 + p)项，逾期1项已督促整改。相关记录已归入台账，"
                + "佐证材料齐全，*下月继续跟进*。")))
      }
      blocks.append(.table(table(section)))
      if section == 3 { blocks.append(.chart(barChart)) }
      if section == 7 { blocks.append(.chart(lineChart)) }
    }
    blocks.append(
      .list(ListBlock(ordered: true, items: (1...5).map { Paragraph("下月重点工作第\($0)项。") })))
    blocks.append(.signature(Signature(lines: ["城南中学办公室"], date: "2026年12月1日")))
    return Document(title: "城南中学2026年11月台账工作小结", subtitle: "（2026年11月）", blocks: blocks)
  }

  static func table(_ n: Int) -> Table {
    let header: [[Cell]] = [
      [Cell("事项", rowspan: 2), Cell("责任人", rowspan: 2), Cell("完成情况", colspan: 3)],
      ["应办", "按时", "逾期"],
    ]
    let body: [[Cell]] = (0..<12).map { r in
      [
        Cell("\(categories[(n + r) % 8])第\(r + 1)项"), Cell("教师\(r + 1)"), Cell("\(4 + r % 3)"),
        Cell("\(3 + r % 3)"), Cell("\(1)"),
      ]
    }
    return Table(
      caption: "\(categories[n % 8])完成情况", rows: header + body, headerRows: 2,
      alignments: [.left, .center, .right, .right, .right])
  }

  static let barChart = Chart(
    kind: .bar, title: "各类工作按时完成率", categories: categories,
    series: [
      Series(name: "本月", values: [100, 95, 92.5, 88, 96.4, 100, 90, 85]),
      Series(name: "上月", values: [96, 90, 94, 85, 93, 98, 92, 80]),
    ], unit: "%")

  static let lineChart = Chart(
    kind: .line, title: "近六个月按时完成率", categories: ["6月", "7月", "8月", "9月", "10月", "11月"],
    series: [
      Series(name: "本校", values: [88, 90, 91.5, 93, 92, 94.6]),
      Series(name: "全镇平均", values: [85, 86, 88, 89.5, 90, 91]),
    ], unit: "%")
}
