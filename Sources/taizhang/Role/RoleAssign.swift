import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang role assign`.
  struct RoleAssign: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assign", abstract: "Give a person a role in a unit.")

    @Argument(help: "The role name, e.g. 安全管理员.") var role: String
    @Option(help: "The unit's id.") var unit: String
    @Option(help: "The person's id.") var person: String
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        _ = try ledger.unit(unit)
        _ = try ledger.person(person)
        guard !role.trimmingCharacters(in: .whitespaces).isEmpty else {
          throw UsageError("角色名称不能为空")
        }
        let a = RoleAssignment(unitID: unit, role: role, personID: person)
        try ledger.store.assignRole(a, by: ledger.actor)
        if options.json {
          try options.printJSON(a)
        } else {
          Console.out("已任命 \(person) 为 \(unit) 的\(role)")
        }
      }
    }
  }
}
