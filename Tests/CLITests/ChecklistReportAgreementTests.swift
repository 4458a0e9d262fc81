import Foundation
import Testing

/// `taizhang checklist` and the monthly report judge the same unit as of the same day alike:
/// the same due, done, overdue and not-yet-due counts, category by category — a late entry
/// (补录: done before the day, entered after it) left out of both, work due on a day that is
/// over counted late by both, and a period that is over judged as of its last day by both.
@Suite("checklist and report agree on the same day")
struct ChecklistReportAgreementTests {
  /// One category's counts: occurrences in the period, counted (due by the day or done
  /// early), done, overdue, not yet due.
  struct Counts: Equatable, CustomStringConvertible {
    var total = 0, counted = 0, done = 0, overdue = 0, open = 0
    var description: String { "\(total)/\(counted)/\(done)/\(overdue)/\(open)" }
  }

  /// The checklist's counts by category title.
  func checklist(_ json: [String: Any]) -> [String: Counts] {
    var out: [String: Counts] = [:]
    for section in json["sections"] as? [[String: Any]] ?? [] {
      var c = Counts()
      for item in section["items"] as? [[String: Any]] ?? [] {
        c.total += item["due"] as? Int ?? -1000
        c.counted += item["counted"] as? Int ?? -1000
        c.done += item["done"] as? Int ?? -1000
        c.overdue += item["overdue"] as? Int ?? -1000
        c.open += item["open"] as? Int ?? -1000
      }
      out[section["title"] as? String ?? ""] = c
    }
    return out
  }

  /// The report's counts by category title, from its 分类完成情况 table (合计 left out).
  func report(_ doc: ReportDocument) -> [String: Counts] {
    var out: [String: Counts] = [:]
    for row in (doc.tables["分类完成情况"] ?? []).dropFirst() where row.first != "合计" {
      let n = row.dropFirst().prefix(4).map { Int($0) ?? -1000 }
      guard n.count == 4 else { continue }
      out[row[0]] = Counts(total: n[0] + n[3], counted: n[0], done: n[1], overdue: n[2], open: n[3])
    }
    return out
  }

  func ledger() throws -> HandLedger {
    let ledger = try HandLedger()
    try ledger.recordThirdQuarter()
    // Late entries, entered now: s1's 集体备课 of 25 September and s2's 月报, done on the 9th.
    try expectOK(
      ledger.run(
        "record", "teaching.group_prep", "--unit", "s1", "--period", "2026-W39", "--on",
        "2026-09-25"))
    try expectOK(
      ledger.run(
        "record", "teaching.monthly_report", "--unit", "s2", "--period", "2026-09", "--on",
        "2026-09-09"))
    return ledger
  }

  @Test(
    "checklist --today D and report --date D give the same counts, by hand too",
    arguments: ["2026-09-11", "2026-09-30"])
  func sameDay(day: String) throws {
    let ledger = try ledger()
    var seen: [String: [String: Counts]] = [:]
    for unit in ["s1", "s2", "s3"] {
      let list = try ledger.checklist(unit: unit, period: "2026-09", today: day)
      #expect(list["asOf"] as? String == day)
      let doc = try ledger.report("monthly", unit: unit, period: "2026-09", date: day)
      #expect(checklist(list) == report(doc), "\(unit) as of \(day)")
      seen[unit] = checklist(list)
    }
    let teaching = "教学常规"
    if day == "2026-09-11" {
      // s2 as of the 11th (over): 月报 (10th) not done — its late entry does not count —
      // and 集体备课 of the 11th itself not done: 2 overdue; 集体备课 of the 4th done;
      // 18th, 25th and 六认真 (30th) not yet due. total 1 + 4 + 1 = 6.
      #expect(seen["s2"]?[teaching] == Counts(total: 6, counted: 3, done: 1, overdue: 2, open: 3))
    } else {
      // s1 as of the 30th: 月报 1, 集体备课 3 of 4 (the 25th entered late, not counted),
      // 六认真 1: 5 done, 1 overdue of 6.
      #expect(seen["s1"]?[teaching] == Counts(total: 6, counted: 6, done: 5, overdue: 1, open: 0))
    }
  }

  @Test("without a date, a period that is over is judged as of its last day by both")
  func periodOver() throws {
    let ledger = try ledger()
    for unit in ["s1", "s2"] {
      let list = try ledger.checklist(unit: unit, period: "2026-09")
      #expect(list["asOf"] as? String == "2026-09-30")
      let doc = try ledger.report("monthly", unit: unit, period: "2026-09")
      #expect(doc.signatureDate == "2026年9月30日")
      #expect(checklist(list) == report(doc), "\(unit)")
    }
    // Both leave the late entries out and the report says so.
    let s1 = try ledger.report("monthly", unit: "s1", period: "2026-09")
    #expect(s1.paragraphs.contains("另有 1 条记录在2026年9月30日之后补录（集体备课），未计入本报告的统计。"), "\(s1.paragraphs)")
  }
}
