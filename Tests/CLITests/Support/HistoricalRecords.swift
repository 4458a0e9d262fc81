import Foundation

extension CLI {
  /// Records work kept at the time, as a past ledger brought in (`record import
  /// --historical`): each row `[unit, item, period, done_on, note?, values?]` counts as
  /// entered on its done_on day, so judgements as of past days count it. (`taizhang record`
  /// enters work now: as of an earlier day it is a late entry, 补录, and not counted.)
  @discardableResult
  func recordHistorical(_ rows: [[String]]) throws -> Result {
    let csv = folder.appendingPathComponent("historical-\(UUID().uuidString).csv")
    let lines = ["unit,item,period,done_on,note,values"]
      + rows.map { row in
        (row + Array(repeating: "", count: max(0, 6 - row.count))).map { cell in
          cell.contains(",") || cell.contains("\"") ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",")
      }
    try (lines.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)
    return try run("record", "import", csv.path, "--historical")
  }
}
