import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang role unassign`.
  struct RoleUnassign: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "unassign", abstract: "Take a role in a unit away from a person.")

    @Argument(help: "The role name.") var role: String
    @Option(help: "The unit's id.") var unit: String
    @Option(help: "The person's id.") var person: String
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        _ = try ledger.unit(unit)
        _ = try ledger.person(person)
        try ledger.store.unassignRole(
          RoleAssignment(unitID: unit, role: role, personID: person), by: ledger.actor)
        Console.out("已解除 \(person) 在 \(unit) 的\(role)角色")
      }
    }
  }
}
