import Foundation
import Testing

/// Every figure of one shipped monthly summary, one self-check and the bureau's circular,
/// checked against values worked out by hand from the ledger of `HandLedger` (its items,
/// weights and days are in its documentation). The arithmetic is written next to each value.
///
/// The records of Q3 2026 (each entered at 18:00 on the day it was done):
///
/// | unit | 报送教学月报 (10th) | 集体备课 (Fridays, 13) | 六认真 (2 a month, due month end) | 事故为零 (25th) |
/// | --- | --- | --- | --- | --- |
/// | s1 | Jul, Aug, Sep | all but Sep 25 (12) | 2 each month | 0, 0, 0 |
/// | s2 | Jul, Aug | all but Sep 11 and Sep 25 (11) | Jul 2, Aug 2, Sep 1 | 0, 0, **1** |
/// | s3 | Jul, Aug, Sep | all but Jul 31, Aug 28, Sep 25 (10) | Jul 2, Aug **1**, Sep 2 | 0, 0, 0 |
///
/// A period that is over is judged as of its last day, 30 September, and that day is over
/// when the report is made (today is later): work due on it and not done is overdue, not
/// "not yet due" — s2's September 六认真 (one check of two, due 30 September) is overdue.
@Suite("Report figures equal the arithmetic done by hand")
struct ReportArithmeticTests {
  static let header = ["类别", "应完成次数", "完成次数", "逾期次数", "未到期次数", "完成率"]

  func ledger() throws -> HandLedger {
    let ledger = try HandLedger()
    try ledger.recordThirdQuarter()
    return ledger
  }

  @Test(
    "s2's September summary: totals, rate, score with its deductions and veto, tables, problems")
  func monthly() throws {
    let doc = try ledger().report("monthly", unit: "s2", period: "2026-09")
    #expect(doc.title == "二小2026年9月月度工作小结")
    #expect(doc.subtitle == "2026年9月1日至9月30日（截至2026年9月30日）")
    // Occurrences in September: 月报 1 (10th) + 集体备课 4 (4th, 11th, 18th, 25th)
    // + 六认真 1 (30th) + 事故 1 (25th) = 7, all due by the 30th.
    // Done: 集体备课 4th and 18th + 事故 (recorded, though off target) = 3.
    // Overdue: 月报 + 集体备课 11th and 25th + 六认真 (one check of two) = 4.
    // Rate 3 / 7 = 42.857…% → 42.9%.
    #expect(
      doc.paragraph(startingWith: "本期应办事项")
        == "本期应办事项 7 项次，截至2026年9月30日已完成 3 项次，完成率 42.9%；逾期未办 4 项次，尚未到期 0 项次。")
    // Score: weights 月报 2, 集体备课 1, 六认真 1, 事故 2 × 1.5 (safety) = 3; total 7.
    // Achieved shares: 月报 0/1, 集体备课 2/4, 六认真 0/1, 事故 0/1 (1起 > 0).
    // (1 × 2/4) / 7 × 100 = 7.142… → 7.1; the 事故 item is a veto item and failed → 不合格.
    #expect(doc.figures["完成率"] == "42.9%")
    #expect(doc.figures["已完成"] == "3 项次")
    #expect(doc.figures["逾期"] == "4 项次")
    #expect(doc.figures["综合得分"] == "7.1 分（不合格）")
    // Points lost, out of 100: 事故 3/7 × 1/1 = 42.857 → 42.9; 月报 2/7 = 28.571 → 28.6;
    // 六认真 1/7 = 14.286 → 14.3; 集体备课 1/7 × 2/4 = 7.143 → 7.1 (sum 92.9 = 100 − 7.1).
    #expect(
      doc.paragraph(startingWith: "评分说明")
        == "评分说明：各事项按权重计分，按时完成且指标达标的项次得分，满分100分；90分及以上为优秀，80分及以上为良好，60分及以上为合格，以下为不合格。"
        + "扣分较多的是：安全责任事故为零扣42.9分（应完成1次，完成0次）；报送教学月报扣28.6分（应完成1次，完成0次）；"
        + "抽查教学“六认真”扣14.3分（应完成1次，完成0次）；集体备课扣7.1分（应完成4次，完成2次）。"
        + "否决项“安全责任事故为零”未通过，等次按不合格认定。")
    // By category: 教学常规 = 月报 + 集体备课 + 六认真: 1 + 4 + 1 = 6 due, 2 done,
    // 4 overdue, rate 2/6 = 33.3%; 平安校园 = 事故: 1 due, 1 done (completion counts the
    // record; the target is judged in the score and the metric table), 100%.
    #expect(
      doc.tables["分类完成情况"] == [
        Self.header,
        ["教学常规", "6", "2", "4", "0", "33.3%"],
        ["平安校园", "1", "1", "0", "0", "100%"],
        ["合计", "7", "3", "4", "0", "42.9%"],
      ])
    #expect(
      doc.tables["指标完成情况"] == [
        ["指标", "已填报次数", "应填报次数", "最近数值", "目标", "结论"],
        ["安全责任事故为零", "1", "1", "1起", "≤ 0起", "未达标"],
      ])
    // Days late as of the end of 30 September: 30 − 10 = 20; 30 − 11 = 19; due on the 30th: 0.
    #expect(
      doc.tables["逾期事项"] == [
        ["事项", "类别", "逾期次数", "最早应完成", "已逾期", "责任人"],
        ["报送教学月报", "教学常规", "1 次", "2026-09-10", "20 天", "教导主任 王芳"],
        ["集体备课", "教学常规", "2 次", "2026-09-11", "19 天", "教研组长（未指定人员）"],
        ["抽查教学“六认真”", "教学常规", "1 次", "2026-09-30", "0 天", "教导主任 王芳"],
      ])
    // Worst first: most misses (集体备课 2), then longest overdue (月报 20 days), then the
    // two with one miss and no days, by text.
    #expect(
      doc.lists.contains([
        "集体备课（教学常规）有 2 次未按时完成，最早一次已逾期 19 天，责任人：教研组长（未指定人员）。",
        "报送教学月报（教学常规）有 1 次未按时完成，最早一次已逾期 20 天，责任人：教导主任 王芳。",
        "安全责任事故为零（平安校园）本期应填报 1 次，1 次未按时填报或未达到目标（≤ 0起），最近一次为 1起，责任人：校长（未指定人员）。",
        "抽查教学“六认真”（教学常规）有 1 次未按时完成（当天到期），责任人：教导主任 王芳。",
      ]), "\(doc.lists)")
    #expect(!doc.paragraphs.contains { $0.contains("补录") })
    #expect(doc.signatureDate == "2026年9月30日")
  }

  @Test(
    "s1's summary as of 15 September: work due later is open, work done later not counted nor 补录")
  func monthlyMidMonth() throws {
    let doc = try ledger().report("monthly", unit: "s1", period: "2026-09", date: "2026-09-15")
    // Due by the 15th: 月报 (10th, done 8th), 集体备课 4th and 11th (done) = 3, all done.
    // Open: 集体备课 18th and 25th, 六认真 (30th; only the check of the 15th counts, the
    // one of the 29th was done after the day judged), 事故 (25th) = 4.
    // Rate 3/3 = 100%; score over 月报 (2) and 集体备课 (1), both achieved: 100, 优秀.
    #expect(
      doc.paragraph(startingWith: "本期应办事项")
        == "本期应办事项 3 项次，截至2026年9月15日已完成 3 项次，完成率 100%；逾期未办 0 项次，尚未到期 4 项次。")
    #expect(doc.figures["综合得分"] == "100 分（优秀）")
    #expect(doc.paragraph(startingWith: "评分说明").hasSuffix("本期没有扣分。"))
    #expect(
      doc.tables["分类完成情况"] == [
        Self.header,
        ["教学常规", "3", "3", "0", "3", "100%"],
        ["平安校园", "0", "0", "0", "1", "—"],
        ["合计", "3", "3", "0", "4", "100%"],
      ])
    // Work done after the 15th was not entered late: it is no 补录.
    #expect(!doc.paragraphs.contains { $0.contains("补录") }, "\(doc.paragraphs)")
    #expect(doc.signatureDate == "2026年9月15日")
  }

  @Test("s2's self-check for Q3: each item's done and due, verdicts, score and the failed veto")
  func selfCheck() throws {
    let doc = try ledger().report("self_check", unit: "s2", period: "2026-Q3")
    // Q3: 月报 3 due, 2 done (July, August); 集体备课 13 due, 11 done; 六认真 3 due,
    // 2 done (September's has one check of two); 事故 3 due, 3 done, September off target.
    // Due 3 + 13 + 3 + 3 = 22; done 2 + 11 + 2 + 3 = 18; overdue 1 + 2 + 1 + 0 = 4.
    // Score: (2 × 2/3 + 1 × 11/13 + 1 × 2/3 + 3 × 2/3) / 7 × 100
    //      = (1.3333 + 0.8462 + 0.6667 + 2) / 7 × 100 = 4.8462 / 7 × 100 = 69.23 → 69.2; veto → 不合格.
    #expect(
      doc.paragraph(startingWith: "对照清单")
        == "对照清单逐项自查，共 22 项次，已完成 18 项次，逾期 4 项次；综合得分 69.2，自评等次为不合格。")
    #expect(
      doc.tables["自查明细"] == [
        ["序号", "类别", "事项", "完成次数", "应完成次数", "自查结论", "佐证材料"],
        ["1", "教学常规", "报送教学月报", "2", "3", "不符合", "—"],
        ["2", "教学常规", "集体备课", "11", "13", "不符合", "—"],
        ["3", "教学常规", "抽查教学“六认真”", "2", "3", "不符合", "—"],
        ["4", "平安校园", "安全责任事故为零", "3", "3", "不符合", "—"],
      ])
    #expect(doc.paragraphs.contains("否决项未通过：安全责任事故为零，等次按不合格认定。"), "\(doc.paragraphs)")
    // Points lost: 事故 3/7 × 1/3 = 14.29 → 14.3; 月报 2/7 × 1/3 = 9.52 → 9.5;
    // 六认真 1/7 × 1/3 = 4.76 → 4.8; 集体备课 1/7 × 2/13 = 2.20 → 2.2 (sum 30.77 = 100 − 69.23).
    #expect(
      doc.paragraph(startingWith: "评分说明").contains(
        "扣分较多的是：安全责任事故为零扣14.3分（应完成3次，完成2次）；报送教学月报扣9.5分（应完成3次，完成2次）；"
          + "抽查教学“六认真”扣4.8分（应完成3次，完成2次）；集体备课扣2.2分（应完成13次，完成11次）。"))
  }

  @Test("the bureau's Q3 circular: totals, ranking with its tie-breaks, praise and urging")
  func circular() throws {
    let doc = try ledger().report("circular", unit: "jyj", period: "2026-Q3")
    #expect(doc.title == "教育局关于2026年第三季度工作情况的通报")
    // Each school has 22 occurrences in Q3, all due by 30 September.
    // s1: done 3 + 12 + 3 + 3 = 21, overdue 1; rate 21/22 = 95.45 → 95.5%;
    //     score (2 + 12/13 + 1 + 3) / 7 × 100 = 6.9231 / 7 × 100 = 98.90 → 98.9, 优秀.
    // s2: done 18, overdue 4 (see the self-check); rate 18/22 = 81.82 → 81.8%; 69.2, 不合格.
    // s3: 月报 3/3, 集体备课 10/13, 六认真 2/3 (August one check), 事故 3/3:
    //     done 3 + 10 + 2 + 3 = 18, overdue 0 + 3 + 1 + 0 = 4; rate 81.8%;
    //     score (2 + 10/13 + 2/3 + 3) / 7 × 100 = 6.4359 / 7 × 100 = 91.94 → 91.9, 优秀.
    // Totals: due 66, done 21 + 18 + 18 = 57, rate 57/66 = 86.36 → 86.4%, overdue 1 + 4 + 4 = 9.
    #expect(
      doc.paragraph(startingWith: "现将")
        == "现将2026年第三季度各单位台账工作完成情况通报如下。本季度 3 个单位应办事项 66 项次，已完成 57 项次，总体完成率 86.4%，逾期 9 项次。")
    // s2 and s3 tie on rate (18/22) and overdue (4); s3's higher score ranks it second.
    #expect(
      doc.tables["下级单位完成情况排名"] == [
        ["名次", "单位", "应完成次数", "完成次数", "逾期次数", "完成率", "得分", "等次"],
        ["1", "一小", "22", "21", "1", "95.5%", "98.9", "优秀"],
        ["2", "三小", "22", "18", "4", "81.8%", "91.9", "优秀"],
        ["3", "二小", "22", "18", "4", "81.8%", "69.2", "不合格"],
      ])
    #expect(doc.paragraphs.contains("经综合评定，一小、三小等次为优秀，予以通报表扬。"), "\(doc.paragraphs)")
    // Urged: 不合格, or in the lower half (rank > ceil(3/2) = 2) with overdue work: s2 only.
    #expect(
      doc.paragraphs.contains("以下单位完成率偏低或逾期较多，予以督促：二小完成率81.8%、逾期4项次，等次为不合格。"),
      "\(doc.paragraphs)")
    #expect(doc.signatureDate == "2026年9月30日")
  }
}
