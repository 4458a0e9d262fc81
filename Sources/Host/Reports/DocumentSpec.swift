import LuaRuntime
import Rendering

/// Reads the tables report scripts pass to `doc:table{…}`, `doc:figures{…}` and the charts
/// into Rendering values, with messages naming the field that is wrong.
enum DocumentSpec {
  /// A cell's text: strings as they are, numbers locale-free (`92.5`, `100`).
  static func text(_ value: LuaValue) -> String? {
    switch value {
    case .string(let s): return s
    case .integer(let i): return String(i)
    case .number(let d): return ReportNumber.text(d)
    default: return nil
    }
  }

  /// `{ caption = "…", header = { "a", "b" }, rows = { {…} }, align = { "left", "right" } }`;
  /// `headers = { {…}, {…} }` instead of `header` for stacked header rows.
  /// A cell is a string, a number or `{ "text", colspan = 2, rowspan = 1 }`.
  static func table(_ spec: LuaTable, _ call: LuaCall, _ n: Int) throws -> Table {
    func fail(_ detail: String) -> LuaError { call.argumentError(n, "table: \(detail)") }
    func cell(_ value: LuaValue, _ row: Int, _ column: Int) throws -> Cell {
      if let text = text(value) { return Cell(text) }
      guard let t = value.tableValue, let text = text(t[1]) ?? t["text"].stringValue else {
        throw fail(
          "row \(row) cell \(column) should be a string, a number or { text, colspan=, rowspan= }")
      }
      return Cell(
        text, colspan: Int(t["colspan"].integerValue ?? 1),
        rowspan: Int(t["rowspan"].integerValue ?? 1))
    }
    func rows(_ value: LuaValue, _ what: String, _ offset: Int) throws -> [[Cell]] {
      guard let list = value.tableValue else { throw fail("\(what) should be a list of rows") }
      return try list.sequence.enumerated().map { r, row in
        guard let cells = row.tableValue else {
          throw fail("\(what)[\(r + 1)] should be a list of cells")
        }
        return try cells.sequence.enumerated().map { try cell($1, offset + r + 1, $0 + 1) }
      }
    }
    var header: [[Cell]] = []
    if !spec["headers"].isNil {
      header = try rows(spec["headers"], "headers", 0)
    } else if !spec["header"].isNil {
      guard let row = spec["header"].tableValue else {
        throw fail("header should be a list of cells")
      }
      header = [try row.sequence.enumerated().map { try cell($1, 1, $0 + 1) }]
    }
    let body = spec["rows"].isNil ? [] : try rows(spec["rows"], "rows", header.count)
    var alignments: [Table.Alignment] = []
    for (i, a) in (spec["align"].tableValue?.sequence ?? []).enumerated() {
      guard let name = a.stringValue, let alignment = Table.Alignment(rawValue: name) else {
        throw fail("align[\(i + 1)] should be \"left\", \"center\" or \"right\"")
      }
      alignments.append(alignment)
    }
    guard !(header + body).isEmpty else { throw fail("it has no rows") }
    return Table(
      caption: spec["caption"].stringValue, rows: header + body, headerRows: header.count,
      alignments: alignments)
  }

  /// `{ { label = "完成率", value = "92.5%", target = "≥ 90%" }, … }`.
  static func figures(_ spec: LuaTable, _ call: LuaCall, _ n: Int) throws -> KeyFigures {
    KeyFigures(
      try spec.sequence.enumerated().map { i, value in
        guard let f = value.tableValue, let label = f["label"].stringValue, let v = text(f["value"])
        else {
          throw call.argumentError(
            n, "figures[\(i + 1)] should be { label = string, value = string|number, target = ? }")
        }
        return KeyFigure(label: label, value: v, target: text(f["target"]))
      })
  }

  /// `{ title = "…", categories = { … }, series = { { name = "…", values = { … } } }, unit = "%" }`.
  static func chart(_ kind: Chart.Kind, _ spec: LuaTable, _ call: LuaCall, _ n: Int) throws -> Chart
  {
    func fail(_ detail: String) -> LuaError { call.argumentError(n, "chart: \(detail)") }
    guard let title = spec["title"].stringValue else {
      throw fail("field \"title\" should be a string")
    }
    guard let categories = spec["categories"].tableValue?.sequence.map(text),
      !categories.contains(nil)
    else {
      throw fail("field \"categories\" should be a list of strings")
    }
    let series = try (spec["series"].tableValue?.sequence ?? []).enumerated().map { i, value in
      guard let s = value.tableValue, let name = s["name"].stringValue,
        let values = s["values"].tableValue?.sequence.map(\.numberValue), !values.contains(nil)
      else { throw fail("series[\(i + 1)] should be { name = string, values = { numbers } }") }
      return Series(name: name, values: values.map { $0! })
    }
    return Chart(
      kind: kind, title: title, categories: categories.map { $0! }, series: series,
      unit: spec["unit"].stringValue)
  }
}

/// Numbers as reports print them: no locale, at most one decimal, no trailing ".0".
enum ReportNumber {
  /// `92.5`, `100`, `-3`.
  static func text(_ value: Double) -> String {
    guard value.isFinite else { return "—" }
    let rounded = (value * 10).rounded() / 10
    if rounded == rounded.rounded() { return String(Int64(rounded)) }
    return String(format: "%.1f", rounded)
  }
}
