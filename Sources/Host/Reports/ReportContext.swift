import LuaRuntime
import Scheduling
import Storage

/// The `ctx` a report body receives, as a Lua table: the unit and period, every occurrence
/// with its status and records, completion by category, overdue items with their owners,
/// metrics against targets, the score, phase progress, the findings and their
/// rectification, and for a roll-up each child's results. See docs/reports.md for the fields.
struct ReportContext {
  let report: ReportDefinition
  let plugin: LoadedPlugin
  let progress: UnitProgress
  let score: ScoreResult
  let rule: ScoreRule
  /// Role name → the names of the people holding it in the unit.
  let owners: [String: [String]]
  /// Person id → name.
  let people: [String: String]
  let parent: OrgUnit?
  let children: [(read: ProgressReader.Read, score: ScoreResult)]
  /// The unit's records of the period done by the day judged but entered after it (补录),
  /// not counted.
  var late: [LedgerRecord] = []
  /// The findings of the unit and, in a roll-up, of each child, by unit id.
  var findings: [String: UnitFindings] = [:]

  func value() -> LuaValue {
    let categories = plugin.categories.sorted { $0.order < $1.order }
    let titles = Dictionary(categories.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    var fields: [LuaValue: LuaValue] = [
      "report": .table(
        LuaTable(fields: ["id": .string(report.id), "title": .string(report.title)])),
      "unit": Self.unit(progress.unit, parent: parent),
      "period": Self.period(progress),
      "as_of": .string(progress.asOf.description),
      "date_text": .string(Self.chineseDate(progress.asOf)),
      "as_of_text": .string("截至" + Self.chineseDate(progress.asOf)),
      "period_over": .boolean(progress.asOf >= progress.days.upperBound),
      "completion": Self.completion(progress.entries),
      "score": Self.score(score, rule: rule, explained: ScoreEvaluator.explain(progress, rule: rule)),
    ]
    fields["categories"] = .table(
      LuaTable(
        sequence: categories.compactMap { category in
          let entries = progress.entries.filter { $0.item.category == category.id }
          guard !entries.isEmpty else { return nil }
          var line = Self.completion(entries).tableValue!
          line["id"] = .string(category.id)
          line["title"] = .string(category.title)
          return .table(line)
        }))
    fields["occurrences"] = .table(
      LuaTable(sequence: progress.entries.map { occurrence($0, titles) }))
    fields["overdue"] = .table(
      LuaTable(
        sequence: progress.entries.filter { $0.status == .overdue }.map {
          var line = occurrence($0, titles).tableValue!
          line["days"] = .integer(Int64($0.occurrence.due.distance(to: progress.asOf)))
          return .table(line)
        }))
    fields["metrics"] = .table(
      LuaTable(
        sequence: progress.entries.compactMap { entry in
          guard let target = entry.item.target else { return nil }
          var line = occurrence(entry, titles).tableValue!
          line["target"] = .string(MetricCheck.text(target))
          line["unit_text"] = .string(target.unit ?? "")
          line["value"] = entry.value.map { .number($0) } ?? .nil
          line["value_text"] = .string(
            entry.value.map { ReportNumber.text($0) + (target.unit ?? "") } ?? "未填报")
          line["met"] = entry.targetMet.map { .boolean($0) } ?? .nil
          return .table(line)
        }))
    fields["items"] = .table(LuaTable(sequence: items(titles)))
    fields["notes"] = .table(
      LuaTable(
        sequence: progress.entries.flatMap { entry in
          entry.records.compactMap { record -> LuaValue? in
            guard let note = record.note, !note.isEmpty else { return nil }
            return .table(
              LuaTable(fields: [
                "item": .string(entry.item.id), "title": .string(entry.item.title),
                "category": .string(entry.item.category),
                "category_title": .string(titles[entry.item.category] ?? entry.item.category),
                "note": .string(note), "status": .string(entry.status.rawValue),
              ]))
          }
        }))
    fields["phases"] = .table(LuaTable(sequence: phases()))
    fields["findings"] = findings[progress.unit.id]?.value() ?? .nil
    let itemTitles = Dictionary(plugin.items.map { ($0.id, $0.title) }) { a, _ in a }
    fields["late_entries"] = .table(
      LuaTable(
        sequence: late.map { record in
          .table(
            LuaTable(fields: [
              "item": .string(record.key.itemID),
              "title": .string(itemTitles[record.key.itemID] ?? record.key.itemID),
              "period": .string(record.key.period), "done_on": .string(record.doneOn),
              "entered_on": .string(LedgerRecord.day(of: record.doneAt)),
            ]))
        }))
    fields["children"] = .table(
      LuaTable(
        sequence: children.map { child in
          let p = child.read.progress
          var line = Self.counts(
            total: p.total, counted: p.counted, done: p.done, overdue: p.overdue
          ).tableValue!
          line["unit"] = Self.unit(child.read.progress.unit, parent: nil)
          line["plugin"] = child.read.plugin.map { .string($0.id) } ?? .nil
          line["findings"] = findings[child.read.progress.unit.id]?.value() ?? .nil
          for (key, value) in Self.score(child.score, rule: nil).tableValue!.entries {
            line[key] = value
          }
          return .table(line)
        }))
    return .table(LuaTable(fields: fields))
  }

  /// One line per item with occurrences: its completion, how late its oldest open
  /// occurrence is, and a metric's latest value against the target.
  private func items(_ titles: [String: String]) -> [LuaValue] {
    var order: [String] = []
    var groups: [String: [UnitProgress.Entry]] = [:]
    for entry in progress.entries {
      if groups[entry.item.id] == nil { order.append(entry.item.id) }
      groups[entry.item.id, default: []].append(entry)
    }
    return order.map { id in
      let entries = groups[id]!
      var line = Self.completion(entries).tableValue!
      for (key, value) in occurrence(entries[0], titles).tableValue!.entries
      where !["records", "period", "due", "status"].contains(key.stringValue ?? "") {
        line[key] = value
      }
      if let late = entries.first(where: { $0.status == .overdue }) {
        line["first_overdue"] = .string(late.occurrence.due.description)
        line["days"] = .integer(Int64(late.occurrence.due.distance(to: progress.asOf)))
      }
      if let target = entries[0].item.target {
        let latest = entries.last { $0.value != nil }
        line["target"] = .string(MetricCheck.text(target))
        line["value"] = latest?.value.map { .number($0) } ?? .nil
        line["value_text"] = .string(
          latest?.value.map { ReportNumber.text($0) + (target.unit ?? "") } ?? "未填报")
        let verdict = MetricVerdict(entries)
        line["met"] = verdict.met.map { .boolean($0) } ?? .nil
        line["met_count"] = .integer(Int64(verdict.metCount))
        line["missed"] = .integer(Int64(verdict.missed))
      }
      return .table(line)
    }
  }

  private func occurrence(_ e: UnitProgress.Entry, _ titles: [String: String]) -> LuaValue {
    let names = owners[e.item.owner] ?? []
    return .table(
      LuaTable(fields: [
        "item": .string(e.item.id), "title": .string(e.item.title),
        "kind": .string(e.item.kind.rawValue),
        "category": .string(e.item.category),
        "category_title": .string(titles[e.item.category] ?? e.item.category),
        "period": .string(e.occurrence.period.description),
        "due": .string(e.occurrence.due.description),
        "status": .string(e.status.rawValue), "owner": .string(e.item.owner),
        "owner_names": .table(LuaTable(sequence: names.map { .string($0) })),
        "owners_text": .string(
          names.isEmpty
            ? "\(e.item.owner)（未指定人员）" : "\(e.item.owner) \(names.joined(separator: "、"))"),
        "weight": .number(e.item.weight),
        "records": .table(
          LuaTable(
            sequence: e.records.map { record in
              var values = LuaTable()
              for (key, value) in record.values { values[key] = .number(value) }
              return .table(
                LuaTable(fields: [
                  "by": record.byPersonID.map { .string($0) } ?? .nil,
                  "by_name": record.byPersonID.map { .string(people[$0] ?? $0) } ?? .nil,
                  "note": record.note.map { .string($0) } ?? .nil,
                  "values": .table(values),
                  "evidence": .table(
                    LuaTable(sequence: record.evidence.map { .string($0.fileName) })),
                ]))
            })),
      ]))
  }

  /// Each declared phase of the campaign year the period starts in, with its state on the
  /// day judged and the completion of its items' occurrences in the period.
  private func phases() -> [LuaValue] {
    let year = progress.days.lowerBound.year
    return plugin.phases.compactMap { phase in
      guard let from = Self.campaignDay(phase.from, year), let to = Self.campaignDay(phase.to, year)
      else { return nil }
      let state = progress.asOf < from ? "未开始" : (progress.asOf > to ? "已结束" : "进行中")
      var line = Self.completion(progress.entries.filter { $0.item.phase == phase.id }).tableValue!
      line["id"] = .string(phase.id)
      line["title"] = .string(phase.title)
      line["from"] = .string(from.description)
      line["to"] = .string(to.description)
      line["state"] = .string(state)
      return .table(line)
    }
  }
}
