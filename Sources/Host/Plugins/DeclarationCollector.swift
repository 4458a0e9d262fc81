import LuaRuntime
import Scheduling

/// Binds the declaration functions of the `tz` API (`tz.category`, `tz.phase`, `tz.item`,
/// `tz.reminder`, `tz.finding_rules`) into a plugin's state and collects what the plugin
/// declares. A declaration with problems is recorded as problems (with file and line) and
/// left out; loading goes on, so one check lists every problem at once.
final class DeclarationCollector {
  let plugin: String
  private(set) var categories: [ChecklistCategory] = []
  private(set) var phases: [CampaignPhase] = []
  private(set) var items: [ChecklistItem] = []
  private(set) var reminders: [ReminderRule] = []
  /// Its finding rules in declaration order; for a unit type the last one governing it wins.
  private(set) var findingKinds: [FindingKinds] = []
  private(set) var problems: [PluginProblem] = []
  /// Each item's declaration as written, for `tz.change`.
  private var declared: [String: LuaTable] = [:]

  init(plugin: String) { self.plugin = plugin }

  /// Registers the declaration functions in `state`.
  func install(in state: LuaState) {
    state.register("tz.category") { [unowned self] call in
      try self.declare(call, .category) { table, _ in
        categories.append(ChecklistCategory(
          id: table["id"].stringValue!, title: table["title"].stringValue!,
          order: Int(table["order"].integerValue!)))
      }
    }
    state.register("tz.phase") { [unowned self] call in
      try self.declare(call, .phase) { table, label in
        let from = table["from"].stringValue!, to = table["to"].stringValue!
        for day in [from, to] where !Self.isCampaignDay(day) {
          throw DeclarationError("\(label): \"\(day)\" is not a day of the campaign year (MM-DD or +1-MM-DD)")
        }
        phases.append(CampaignPhase(id: table["id"].stringValue!, title: table["title"].stringValue!, from: from, to: to))
      }
    }
    state.register("tz.item") { [unowned self] call in
      try self.declare(call, .item) { table, label in
        items.append(try Self.item(from: table, label: label, position: Self.position(call)))
        declared[table["id"].stringValue!] = table
      }
    }
    state.register("tz.change") { [unowned self] call in
      try self.change(call)
    }
    state.register("tz.drop") { [unowned self] call in
      let id = try call.string(1)
      let position = Self.position(call)
      guard self.items.contains(where: { $0.id == id }) else {
        self.problems.append(PluginProblem(
          plugin: self.plugin, file: position?.file, line: position?.line,
          message: "tz.drop: no item \"\(id)\" to drop"))
        return
      }
      self.items.removeAll { $0.id == id }
      // A dropped item leaves the reminder rules that named it, too.
      for index in self.reminders.indices {
        if case .items(let ids) = self.reminders[index].items {
          self.reminders[index].items = .items(ids.filter { $0 != id })
        }
      }
    }
    state.register("tz.reminder") { [unowned self] call in
      try self.declare(call, .reminder) { table, label in
        let rule = try Self.reminder(from: table, label: label)
        reminders.removeAll { $0.id == rule.id }  // a later rule with the same id replaces it
        reminders.append(rule)
      }
    }
    state.register("tz.finding_rules") { [unowned self] call in
      try self.declare(call, .findingKinds) { table, label in
        findingKinds.append(
          try Self.findingKinds(from: table, label: label, plugin: plugin, position: Self.position(call)))
      }
    }
  }

  /// `tz.change("id", { field = value, … })`: the item's declaration with these fields
  /// replaced, checked again as a whole. The item keeps its place in the checklist.
  private func change(_ call: LuaCall) throws {
    let id = try call.string(1)
    let changes = try call.table(2)
    let position = Self.position(call)
    func problem(_ message: String) {
      problems.append(PluginProblem(plugin: plugin, file: position?.file, line: position?.line, message: message))
    }
    guard let index = items.firstIndex(where: { $0.id == id }), let original = declared[id] else {
      problem("tz.change: no item \"\(id)\" to change")
      return
    }
    let label = "tz.change \"\(id)\""
    var merged = original
    for (key, value) in changes.entries {
      if key == .string("id") {
        problem("\(label): an item's id cannot change; drop it and declare a new one")
        return
      }
      merged[key] = value
    }
    let messages = DeclarationSchema.item.problems(in: merged, label: label)
    guard messages.isEmpty else { messages.forEach(problem); return }
    do {
      items[index] = try Self.item(from: merged, label: label, position: position ?? items[index].position)
      declared[id] = merged
    } catch let error as DeclarationError {
      problem(error.message)
    }
  }

  /// Validates the one table argument against the schema, then builds the declaration;
  /// problems are recorded at the caller's position instead of stopping the file.
  private func declare(
    _ call: LuaCall, _ schema: DeclarationSchema, build: (LuaTable, String) throws -> Void
  ) throws {
    let table = try call.table(1)
    let label = table["id"].stringValue.map { "\(schema.name) \"\($0)\"" } ?? schema.name
    let position = Self.position(call)
    var messages = schema.problems(in: table, label: label)
    if messages.isEmpty {
      do { try build(table, label) } catch let error as DeclarationError { messages.append(error.message) }
    }
    for message in messages {
      problems.append(PluginProblem(plugin: plugin, file: position?.file, line: position?.line, message: message))
    }
  }

  static func position(_ call: LuaCall) -> SourcePosition? {
    call.callerPosition.map { SourcePosition(file: $0.chunk, line: $0.line) }
  }

  static func item(from table: LuaTable, label: String, position: SourcePosition?) throws -> ChecklistItem {
    guard let kind = ItemKind(rawValue: table["kind"].stringValue!) else {
      throw DeclarationError("\(label): kind \"\(table["kind"].stringValue!)\" is not one of task, attestation, metric, standard")
    }
    let schedule: RecurrenceRule
    do {
      schedule = try RecurrenceRule(lua: table["every"])
    } catch {
      throw DeclarationError("\(label): every: \(error)")
    }
    var target: MetricTarget?
    if let t = table["target"].tableValue {
      let problems = DeclarationSchema.target.problems(in: t, label: "\(label): target")
      if let first = problems.first { throw DeclarationError(first) }
      target = MetricTarget(
        atLeast: t["at_least"].numberValue, atMost: t["at_most"].numberValue,
        equals: t["equals"].numberValue, unit: t["unit"].stringValue,
        numerator: t["numerator"].stringValue, denominator: t["denominator"].stringValue)
    }
    if kind == .metric && target == nil { throw DeclarationError("\(label): a metric needs a target") }
    if kind == .attestation && table["statement"].isNil {
      throw DeclarationError("\(label): an attestation needs a statement of what is confirmed")
    }
    func strings(_ name: String) -> [String] { table[name].tableValue?.sequence.compactMap(\.stringValue) ?? [] }
    return ChecklistItem(
      id: table["id"].stringValue!, title: table["title"].stringValue!,
      category: table["category"].stringValue!, kind: kind, schedule: schedule,
      owner: table["owner"].stringValue!, cooperate: strings("cooperate"),
      escalate: strings("escalate"), evidence: strings("evidence"),
      weight: table["weight"].numberValue ?? 1, target: target,
      applies: table["applies"].functionValue, phase: table["phase"].stringValue,
      pauseInVacation: table["pause_in_vacation"].boolValue ?? false,
      statement: table["statement"].stringValue, note: table["note"].stringValue,
      position: position)
  }

  static func reminder(from table: LuaTable, label: String) throws -> ReminderRule {
    func span(_ name: String) throws -> DaySpan? {
      try table[name].stringValue.map { try daySpan($0, field: name, label: label) }
    }
    let selector: ItemSelector
    switch table["items"] {
    case .string("*"): selector = .all
    case .string(let category): selector = .category(category)
    case let value: selector = .items(value.tableValue?.sequence.compactMap(\.stringValue) ?? [])
    }
    let catchUp = table["catch_up"].stringValue ?? "latest"
    guard catchUp == "all" || catchUp == "latest" else {
      throw DeclarationError("\(label): catch_up should be \"all\" or \"latest\", not \"\(catchUp)\"")
    }
    return ReminderRule(
      id: table["id"].stringValue!, items: selector, before: try span("before"),
      onDue: table["on_due"].boolValue ?? true, overdueEvery: try span("overdue_every"),
      overdueLimit: table["overdue_limit"].integerValue.map(Int.init),
      escalateAfter: try span("escalate_after"), quietDays: table["quiet_days"].boolValue ?? true,
      catchUpAll: catchUp == "all")
  }
}

extension DeclarationCollector {
  /// `"N days"` or `"N workdays"` (N ≥ 0), the value of field `field`.
  static func daySpan(_ text: String, field: String, label: String) throws -> DaySpan {
    let words = text.split(separator: " ")
    guard words.count == 2, let count = Int(words[0]), count >= 0,
      ["day", "days", "workday", "workdays"].contains(words[1])
    else {
      throw DeclarationError("\(label): \(field) \"\(text)\" should read \"N days\" or \"N workdays\"")
    }
    return DaySpan(count: count, workdays: words[1].hasPrefix("workday"))
  }

  /// `MM-DD` or `+1-MM-DD` (a day of the campaign's next year).
  static func isCampaignDay(_ text: String) -> Bool {
    let day = text.hasPrefix("+1-") ? text.dropFirst(3) : Substring(text)
    let parts = day.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
      let month = Int(parts[0]), let dayOfMonth = Int(parts[1])
    else { return false }
    return (1...12).contains(month) && (1...31).contains(dayOfMonth)
  }
}

/// A declaration that passed the schema but not a closer check.
struct DeclarationError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
