import Rendering

/// A small monthly summary that uses every kind of block, merged cells, and text that
/// needs escaping in every format (quotes, commas, line breaks, `<&>`, `|`, `*`).
enum SampleDocument {
  /// The completion table: two header rows, a category spanning two rows.
  static let completion = Table(
    caption: "各类工作完成情况",
    rows: [
      [Cell("类别", rowspan: 2), Cell("事项", rowspan: 2), Cell("完成情况", colspan: 3)],
      ["按时", "逾期", "完成率"],
      [Cell("教学常规", rowspan: 2), "备课检查", "12", "1", "92.3%"],
      ["作业批改", "8", "0", "100%"],
      ["平安校园", "校舍安全排查", "4", "0", "100%"],
    ],
    headerRows: 2,
    alignments: [.left, .left, .right, .right, .right])

  /// Overdue items, with text that must be escaped or quoted.
  static let overdue = Table(
    caption: "逾期事项",
    header: ["事项", "责任人", "说明"],
    body: [
      ["十月教学常规月报", "王老师", "已补交,延误 2 天"],
      ["家长会记录", "李主任", "材料含\"签到表\"\n另附照片"],
      ["A|B <测试> & 校验", "张*三*", "—"],
    ],
    alignments: [.left, .center, .left])

  static let document = Document(
    title: "城南中学2026年11月工作小结",
    subtitle: "（2026年11月1日—11月30日）",
    blocks: [
      .heading(Heading(level: 1, text: "一、总体情况")),
      .paragraph(Paragraph("本月应办事项**25项**，按时完成24项，逾期1项，*按时完成率96.0%*。")),
      .keyFigures(
        KeyFigures([
          KeyFigure(label: "按时完成率", value: "96.0%", target: "≥95%"),
          KeyFigure(label: "逾期事项", value: "1", target: "0"),
          KeyFigure(label: "考核得分", value: "92"),
        ])),
      .heading(Heading(level: 2, text: "（一）分类完成情况")),
      .table(completion),
      .chart(
        Chart(
          kind: .bar, title: "各类工作按时完成率", categories: ["教学常规", "平安校园", "德育"],
          series: [Series(name: "完成率", values: [95.2, 100, 87.5])], unit: "%")),
      .heading(Heading(level: 2, text: "（二）逾期事项")),
      .table(overdue),
      .heading(Heading(level: 1, text: "二、下月安排")),
      .list(
        ListBlock(
          ordered: true,
          items: [Paragraph("完成期中教学检查。"), Paragraph("组织**校舍安全**复查。")])),
      .list(ListBlock(items: [Paragraph("补齐家长会记录。")])),
      .chart(
        Chart(
          kind: .line, title: "近三个月完成率", categories: ["9月", "10月", "11月"],
          series: [
            Series(name: "本校", values: [90, 93.5, 96]),
            Series(name: "全镇平均", values: [88, 91, 92.25]),
          ], unit: "%")),
      .pageBreak,
      .heading(Heading(level: 3, text: "1. 附注")),
      .paragraph(Paragraph("本小结由台账系统生成。")),
      .signature(Signature(lines: ["城南中学办公室"], date: "2026年12月1日")),
    ])
}
