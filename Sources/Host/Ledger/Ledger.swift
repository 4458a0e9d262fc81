import Foundation
import Storage

#if canImport(Glibc)
  import Glibc
#endif

extension StoreError: UserFacingError {}

/// The use cases behind the ledger commands: one store, one acting user.
public struct Ledger: Sendable {
  /// The store.
  public let store: any Store
  /// Who is acting, for the audit trail.
  public let actor: String
  /// The database path, or its PostgreSQL URL with the password hidden.
  public let path: String

  /// Opens the ledger at `path` (a SQLite file or a `postgres://` URL); with
  /// `create: false` a missing database is an error telling the user to run `taizhang init`.
  public static func open(path: String, create: Bool = false) throws -> Ledger {
    Ledger(
      store: try LedgerDatabase.open(path, create: create), actor: currentActor(),
      path: LedgerDatabase.display(path))
  }

  /// Creates a ledger over any store (tests, PostgreSQL later).
  public init(store: any Store, actor: String, path: String) {
    self.store = store
    self.actor = actor
    self.path = path
  }

  /// The acting user: `TAIZHANG_ACTOR`, else the login name.
  public static func currentActor(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    for key in ["TAIZHANG_ACTOR", "USER", "LOGNAME"] {
      if let v = environment[key], !v.isEmpty { return v }
    }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "unknown"
  }

  /// The unit with this id, or a not-found error.
  public func unit(_ id: String) throws -> OrgUnit {
    guard let unit = try store.unit(id) else {
      throw StoreError(.notFound, "单位 \"\(id)\" 不存在（用 taizhang unit list 查看）")
    }
    return unit
  }

  /// The person with this id, or a not-found error.
  public func person(_ id: String) throws -> Person {
    guard let person = try store.person(id) else {
      throw StoreError(.notFound, "人员 \"\(id)\" 不存在（用 taizhang person list 查看）")
    }
    return person
  }

  /// Gives a person a role in a unit; the role must be in the vocabulary of the plugin
  /// serving the unit's type.
  public func assignRole(_ assignment: RoleAssignment, roles: RoleVocabularies) throws {
    let unit = try unit(assignment.unitID)
    _ = try person(assignment.personID)
    guard !assignment.role.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw UsageError("角色名称不能为空")
    }
    if let problem = roles.problem(with: assignment.role, unitType: unit.type) {
      throw UsageError("\(problem)；单位 \(unit.id) 的类型是 \(unit.type)")
    }
    try store.assignRole(assignment, by: actor)
  }

  /// Moves a unit under a new parent (nil: make it a root).
  public func moveUnit(_ id: String, under parentID: String?) throws {
    var u = try unit(id)
    if let parentID { _ = try unit(parentID) }
    u.parentID = parentID
    try store.updateUnit(u, by: actor)
  }

  /// Reads a CSV file's text, naming the file in the error when it cannot be read.
  public static func readText(_ url: URL) throws -> String {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw UsageError("无法读取文件 \"\(url.path)\"", exitCode: 1)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw UsageError("文件 \"\(url.path)\" 不是 UTF-8 编码；请在 Excel 中另存为“CSV UTF-8”", exitCode: 1)
    }
    return text
  }

  /// Imports a units CSV: all rows or none. Returns the number of rows.
  public func importUnits(from url: URL, served: ServedUnitTypes? = nil) throws -> Int {
    let units = try UnitCSV.read(
      Self.readText(url), file: url.lastPathComponent, existing: store.units(), served: served)
    try store.importDirectory(DirectoryBatch(units: units), by: actor)
    return units.count
  }

  /// Imports a people CSV: all rows or none.
  public func importPeople(from url: URL) throws -> Int {
    let people = try PersonCSV.read(Self.readText(url), file: url.lastPathComponent)
    try store.importDirectory(DirectoryBatch(people: people), by: actor)
    return people.count
  }

  /// Imports a role assignments CSV: all rows or none. Each role must be in the
  /// vocabulary of the plugin serving its unit's type (`roles`).
  public func importRoles(from url: URL, roles: RoleVocabularies) throws -> Int {
    let units = try store.units()
    let types = Dictionary(units.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
    let roles = try RoleCSV.read(
      Self.readText(url), file: url.lastPathComponent,
      unitIDs: Set(types.keys), personIDs: Set(store.people().map(\.id)),
      roleProblem: { unitID, role in types[unitID].flatMap { roles.problem(with: role, unitType: $0) } })
    try store.importDirectory(DirectoryBatch(roles: roles), by: actor)
    return roles.count
  }

  /// The units CSV of the whole ledger.
  public func exportUnits() throws -> String { UnitCSV.write(try store.units()) }

  /// The people CSV of the whole ledger.
  public func exportPeople() throws -> String { PersonCSV.write(try store.people()) }

  /// The role assignments CSV of the whole ledger.
  public func exportRoles() throws -> String {
    RoleCSV.write(try store.roleAssignments(unitID: nil, personID: nil))
  }
}
