/// One table of the ledger schema: its columns in dump order and its key order.
public struct LedgerTable: Sendable {
  /// The table name, the same on every backend.
  public let name: String
  /// The columns, in the order dumps write them.
  public let columns: [String]
  /// The `ORDER BY` list that makes a dump deterministic (the primary key).
  public let orderBy: String
}

/// The tables a whole-store copy moves, parents before children (the insert order).
public enum LedgerTables {
  /// Every table, in insert order.
  public static let all: [LedgerTable] = [
    LedgerTable(
      name: "unit", columns: ["id", "name", "type", "parent_id", "attributes", "terms"],
      orderBy: "id"),
    LedgerTable(name: "person", columns: ["id", "name", "contacts"], orderBy: "id"),
    LedgerTable(
      name: "role_assignment", columns: ["unit_id", "role", "person_id"],
      orderBy: "unit_id, role, person_id"),
    LedgerTable(
      name: "occurrence", columns: ["id", "unit_id", "item_id", "period", "due"], orderBy: "id"),
    LedgerTable(
      name: "record",
      columns: [
        "id", "occurrence_id", "done_at", "done_on", "by_person_id", "note", "value_json",
      ],
      orderBy: "id"),
    LedgerTable(name: "evidence", columns: ["sha256", "size", "stored_at"], orderBy: "sha256"),
    LedgerTable(
      name: "record_evidence", columns: ["record_id", "position", "sha256", "file_name"],
      orderBy: "record_id, position"),
    LedgerTable(
      name: "delivery",
      columns: [
        "id", "unit_id", "item_id", "period", "stage", "recipient", "channel", "status",
        "attempts", "last_error", "next_attempt_at", "claimed_until", "message", "created_at",
        "sent_at",
      ], orderBy: "id"),
    LedgerTable(name: "watermark", columns: ["job", "unit_id", "at"], orderBy: "job, unit_id"),
    LedgerTable(
      name: "report",
      columns: ["id", "unit_id", "kind", "period", "format", "sha256", "path", "created_at"],
      orderBy: "id"),
    LedgerTable(
      name: "run_log", columns: ["id", "job", "started_at", "finished_at", "outcome", "detail"],
      orderBy: "id"),
    LedgerTable(
      name: "audit",
      columns: [
        "id", "at", "actor", "action", "entity", "entity_id", "unit_id", "before", "after",
      ], orderBy: "id"),
    LedgerTable(
      name: "plugin_data", columns: ["plugin", "key", "value", "updated_at"],
      orderBy: "plugin, key"),
    LedgerTable(
      name: "item_version", columns: ["unit_type", "item_id", "since", "definition", "seen_at"],
      orderBy: "unit_type, item_id, since"),
    LedgerTable(
      name: "inspection",
      columns: [
        "id", "unit_id", "kind", "held_on", "inspectors", "standard", "score", "notes",
        "entered_at", "entered_by",
      ], orderBy: "id"),
    LedgerTable(
      name: "inspection_evidence", columns: ["inspection_id", "position", "sha256", "file_name"],
      orderBy: "inspection_id, position"),
    LedgerTable(
      name: "finding",
      columns: [
        "id", "unit_id", "inspection_id", "item_id", "description", "category", "severity",
        "found_on", "found_by", "owner_role", "owner_person_id", "cooperating_roles", "measures",
        "deadline", "status", "supervised", "rectified_on", "rectification_note", "rectified_by",
        "closed_on", "closed_by", "return_count", "last_return_reason", "entered_at",
      ], orderBy: "id"),
    LedgerTable(
      name: "finding_evidence", columns: ["finding_id", "position", "sha256", "file_name"],
      orderBy: "finding_id, position"),
    LedgerTable(
      name: "finding_event",
      columns: ["id", "finding_id", "at", "happened_on", "action", "actor", "note", "status"],
      orderBy: "id"),
  ]

  /// The names of the tables with an identity (`id`) column.
  public static let withIDs = [
    "occurrence", "record", "delivery", "report", "run_log", "audit", "inspection", "finding",
    "finding_event",
  ]

  /// Throws unless the store holds exactly the tables a copy moves (a table added by a
  /// later migration must be added here too, or a copy would silently drop it).
  public static func checkCovered(_ names: [String]) throws {
    let known = Set(all.map(\.name))
    let extra = names.filter { !known.contains($0) }.sorted()
    guard extra.isEmpty else {
      throw StoreError(
        .invalid, "数据表 \(extra.joined(separator: "、")) 不在导出范围内：请升级 taizhang 后再导出")
    }
  }

  /// Unit rows reordered so every parent precedes its children (ids kept).
  public static func parentsFirst(_ rows: [[StoredValue]]) -> [[StoredValue]] {
    var placed: Set<StoredValue> = []
    var remaining = rows
    var ordered: [[StoredValue]] = []
    while !remaining.isEmpty {
      let before = remaining.count
      remaining.removeAll { row in
        let parent = row[3]
        guard parent == .null || placed.contains(parent) else { return false }
        placed.insert(row[0])
        ordered.append(row)
        return true
      }
      if remaining.count == before {  // a dangling parent: leave it to the constraint
        ordered += remaining
        break
      }
    }
    return ordered
  }
}
