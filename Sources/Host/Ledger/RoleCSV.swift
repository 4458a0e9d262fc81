import Storage

/// The role assignments CSV: `unit,role,person` (unit and person by id).
public enum RoleCSV {
  /// The column names.
  public static let columns = ["unit", "role", "person"]

  /// Reads and validates every row against the known units and people (stored ones plus
  /// those imported alongside) and, with `roleProblem`, each role against the unit's
  /// plugin vocabulary; any bad row throws before anything is written.
  public static func read(
    _ text: String, file: String, unitIDs: Set<String>, personIDs: Set<String>,
    roleProblem: (_ unitID: String, _ role: String) -> String? = { _, _ in nil }
  ) throws -> [RoleAssignment] {
    let table = try CSVTable(text: text, file: file, required: columns, optional: [])
    var seen: [RoleAssignment: Int] = [:]
    var result: [RoleAssignment] = []
    for row in table.rows {
      let a = RoleAssignment(
        unitID: try table.required(row, "unit"), role: try table.required(row, "role"),
        personID: try table.required(row, "person"))
      guard unitIDs.contains(a.unitID) else {
        throw table.error(row, "单位 \"\(a.unitID)\" 不存在")
      }
      guard personIDs.contains(a.personID) else {
        throw table.error(row, "人员 \"\(a.personID)\" 不存在")
      }
      if let problem = roleProblem(a.unitID, a.role) {
        throw CSVError(file: file, line: row.line, problem, exitCode: 2)
      }
      if let first = seen[a] {
        throw table.error(row, "与第 \(first) 行重复")
      }
      seen[a] = row.line
      result.append(a)
    }
    return result
  }

  /// The CSV text of `assignments`.
  public static func write(_ assignments: [RoleAssignment]) -> String {
    CSVWriter.text(header: columns, rows: assignments.map { [$0.unitID, $0.role, $0.personID] })
  }
}
