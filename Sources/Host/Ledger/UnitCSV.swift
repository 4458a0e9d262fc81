import Storage

/// The units CSV: `id,name,type,parent,attributes,terms`.
///
/// `parent` holds the superior's id (a unique name is accepted too); `attributes` is
/// `key=value;key=value`; `terms` is `name=YYYY-MM-DD..YYYY-MM-DD;…`.
public enum UnitCSV {
  /// The column names, in the order export writes them.
  public static let columns = ["id", "name", "type", "parent", "attributes", "terms"]

  /// Reads and validates every row against the file and the `existing` units (and, with
  /// `served`, each type against the types the plugins serve); returns the units ordered
  /// parents first. Any bad row throws before anything is written.
  public static func read(
    _ text: String, file: String, existing: [OrgUnit], served: ServedUnitTypes? = nil
  ) throws -> [OrgUnit] {
    let table = try CSVTable(
      text: text, file: file, required: ["id", "name", "type"],
      optional: ["parent", "attributes", "terms"])
    var units: [OrgUnit] = []
    var lines: [String: Int] = [:]
    var parentText: [String: (String, CSVRow)] = [:]
    for row in table.rows {
      let id = try table.required(row, "id")
      guard !id.contains(where: \.isWhitespace) else {
        throw table.error(row, "单位编号 \"\(id)\" 不能包含空白")
      }
      if let first = lines[id] {
        throw table.error(row, "单位编号 \"\(id)\" 重复（第 \(first) 行已出现）")
      }
      lines[id] = row.line
      var unit = OrgUnit(
        id: id, name: try table.required(row, "name"), type: try table.required(row, "type"))
      if let problem = served?.problem(with: unit.type, example: { "type 列写 \($0)" }) {
        throw CSVError(file: file, line: row.line, problem, exitCode: 2)
      }
      do {
        for (k, v) in try KeyValueList.parse(table.value(row, "attributes")) {
          unit.attributes[k] = v
        }
      } catch {
        throw table.error(row, "属性 \"\(error.text)\" 应写成 键=值")
      }
      unit.terms = try terms(table.value(row, "terms"), table: table, row: row)
      let parent = table.value(row, "parent")
      if !parent.isEmpty { parentText[id] = (parent, row) }
      units.append(unit)
    }
    let known = existing.filter { lines[$0.id] == nil } + units
    for index in units.indices {
      guard let (text, row) = parentText[units[index].id] else { continue }
      units[index].parentID = try resolveParent(text, among: known, table: table, row: row)
    }
    return try parentsFirst(units, existing: existing, table: table, lines: lines)
  }

  /// The CSV text of `units` (what `read` accepts).
  public static func write(_ units: [OrgUnit]) -> String {
    CSVWriter.text(
      header: columns,
      rows: units.map { u in
        [
          u.id, u.name, u.type, u.parentID ?? "", KeyValueList.format(u.attributes),
          u.terms.map { "\($0.name)=\($0.start)..\($0.end)" }.joined(separator: ";"),
        ]
      })
  }

  static func terms(_ text: String, table: CSVTable, row: CSVRow) throws -> [SchoolTerm] {
    let pairs: [(String, String)]
    do { pairs = try KeyValueList.parse(text) } catch {
      throw table.error(row, "学期 \"\(error.text)\" 应写成 名称=YYYY-MM-DD..YYYY-MM-DD")
    }
    return try pairs.map { name, span in
      let ends = span.components(separatedBy: "..")
      guard ends.count == 2, let start = LedgerCalendar.day(ends[0]),
        let end = LedgerCalendar.day(ends[1])
      else {
        throw table.error(row, "学期 \"\(name)\" 的日期 \"\(span)\" 应写成 YYYY-MM-DD..YYYY-MM-DD")
      }
      guard start <= end else {
        throw table.error(row, "学期 \"\(name)\" 的开始日期晚于结束日期")
      }
      return SchoolTerm(name: name, start: ends[0], end: ends[1])
    }
  }

  static func resolveParent(
    _ text: String, among known: [OrgUnit], table: CSVTable, row: CSVRow
  ) throws -> String {
    if known.contains(where: { $0.id == text }) { return text }
    let named = known.filter { $0.name == text }
    if named.count == 1 { return named[0].id }
    if named.count > 1 {
      throw table.error(row, "上级单位名称 \"\(text)\" 对应多个单位，请改用单位编号")
    }
    throw table.error(row, "上级单位 \"\(text)\" 不存在")
  }

  /// Orders the file's units so each parent comes before its children; finds cycles.
  static func parentsFirst(
    _ units: [OrgUnit], existing: [OrgUnit], table: CSVTable, lines: [String: Int]
  ) throws -> [OrgUnit] {
    let inFile = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) })
    let stored = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var placed: Set<String> = []
    var ordered: [OrgUnit] = []
    func place(_ unit: OrgUnit, path: [String]) throws {
      if placed.contains(unit.id) { return }
      if path.contains(unit.id) {
        let row = CSVRow(line: lines[unit.id] ?? 0, fields: [])
        throw table.error(row, "上级关系形成环：\((path + [unit.id]).joined(separator: " → "))")
      }
      if let parentID = unit.parentID {
        if let parent = inFile[parentID] {
          try place(parent, path: path + [unit.id])
        } else {
          // A stored ancestor chain may lead back to a unit the file moves.
          var cursor = stored[parentID]?.parentID
          var seen: Set<String> = [parentID]
          while let id = cursor, seen.insert(id).inserted {
            if id == unit.id {
              let row = CSVRow(line: lines[unit.id] ?? 0, fields: [])
              throw table.error(row, "单位 \"\(unit.id)\" 不能成为自己的下级（上级链形成环）")
            }
            cursor = inFile[id]?.parentID ?? stored[id]?.parentID
          }
        }
      }
      placed.insert(unit.id)
      ordered.append(unit)
    }
    for unit in units { try place(unit, path: []) }
    return ordered
  }
}
