extension ReminderRule {
  /// The host's rule for items no plugin rule covers: warn 3 workdays ahead, on the due
  /// day, every 2 workdays while overdue (5 times at most), escalate after 3 workdays
  /// overdue; quiet on non-working days; after missed runs only the latest stage. A plugin
  /// replaces it by declaring its own rule with `id = "default"`.
  public static let hostDefault = ReminderRule(
    id: "default", items: .all, before: DaySpan(count: 3, workdays: true), onDue: true,
    overdueEvery: DaySpan(count: 2, workdays: true), overdueLimit: 5,
    escalateAfter: DaySpan(count: 3, workdays: true), quietDays: true, catchUpAll: false)

  /// The rule that governs `item` among a plugin's `rules`: one naming the item beats one
  /// for its category, which beats one for all items; among equals the last declared wins;
  /// with none, the host default.
  public static func governing(_ item: ChecklistItem, in rules: [ReminderRule]) -> ReminderRule {
    var best: (rank: Int, rule: ReminderRule)?
    for rule in rules {
      let rank: Int
      switch rule.items {
      case .items(let ids): rank = ids.contains(item.id) ? 3 : 0
      case .category(let category): rank = category == item.category ? 2 : 0
      case .all: rank = 1
      }
      if rank > 0, rank >= (best?.rank ?? 0) { best = (rank, rule) }
    }
    return best?.rule ?? hostDefault
  }
}
