import Foundation
import Scheduling

/// The day a judgement is made "as of", by one rule shared by `report`, `checklist` and
/// `agenda`: the day asked for, else today — or the period's last day once the period is
/// over. A day after today is refused unless a preview is asked for explicitly, since a
/// judgement as of a day to come counts work not yet due as missed.
public enum AsOf {
  /// The as-of day for a judgement over `period` (nil: no period, as `agenda`).
  /// `asked` is the user's `--date`/`--today` (already parsed), `flag` its name in
  /// messages; `allowFuture` is the explicit `--allow-future`.
  public static func resolve(
    asked: CivilDate?, period: ClosedRange<CivilDate>?, today: CivilDate, allowFuture: Bool,
    flag: String
  ) throws -> CivilDate {
    if let asked {
      if asked > today && !allowFuture {
        throw UsageError(
          "\(flag) \(asked) 晚于今天（\(chinese(today))）：不能按尚未到来的日子判断完成情况；如确需预览，请加 --allow-future"
        )
      }
      return asked
    }
    guard let period else { return today }
    if period.upperBound <= today { return period.upperBound }
    if period.lowerBound > today && !allowFuture {
      throw UsageError(
        "该期间从\(chinese(period.lowerBound))开始，尚未到来（今天是\(chinese(today))）；如确需预览，请加 --allow-future 和 \(flag)"
      )
    }
    return max(today, period.lowerBound)
  }

  /// The first due day whose work, not done, is not yet overdue as of `asOf`. A judgement
  /// as of a day that is over (judged on a later day) is made at that day's end — records
  /// entered by then count — so work due on it and not done is overdue: the next day. As
  /// of today (or a preview), work due today is still due, not late: `asOf` itself.
  public static func overdueBefore(asOf: CivilDate, today: CivilDate) -> CivilDate {
    asOf < today ? asOf.adding(days: 1) : asOf
  }

  /// Parses a `--date`/`--today` value, `YYYY-MM-DD`.
  public static func parse(_ text: String?, flag: String) throws -> CivilDate? {
    guard let text else { return nil }
    guard let day = CivilDate(text) else { throw UsageError("\(flag) \"\(text)\" 应为 YYYY-MM-DD") }
    return day
  }

  /// Today in the ledger's time zone (Beijing by default).
  public static func today() -> CivilDate { CivilDate.today(in: SchedulingContext.defaultTimeZone) }

  /// `2026年11月30日`.
  static func chinese(_ d: CivilDate) -> String { "\(d.year)年\(d.month)月\(d.day)日" }
}
