import ArgumentParser
import Host

extension Taizhang {
  /// `taizhang role list`.
  struct RoleList: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List role assignments, optionally of one unit or person.")

    @Option(help: "Only this unit's roles.") var unit: String?
    @Option(help: "Only this person's roles.") var person: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        if let unit { _ = try ledger.unit(unit) }
        if let person { _ = try ledger.person(person) }
        let roles = try ledger.store.roleAssignments(unitID: unit, personID: person)
        if options.json {
          try options.printJSON(roles)
          return
        }
        let names = Dictionary(
          try ledger.store.people().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var table = TextTable(headers: ["单位", "角色", "人员", "姓名"])
        for r in roles { table.append([r.unitID, r.role, r.personID, names[r.personID] ?? ""]) }
        options.printTable(table)
      }
    }
  }
}
