import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang role assign`.
  struct RoleAssign: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assign", abstract: "Give a person a role in a unit.",
      discussion: """
        The role must be one the plugin serving the unit's type knows: a role its items name \
        as owner, cooperating or escalation role, or one listed in its plugin.lua roles. An \
        unknown role is refused (exit 2) with the nearest known name.
        """)

    @Argument(help: "The role name, e.g. 校长.") var role: String
    @Option(help: "The unit's id.") var unit: String
    @Option(help: "The person's id.") var person: String
    @OptionGroup var plugins: RolePluginOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let a = RoleAssignment(unitID: unit, role: role, personID: person)
        try ledger.assignRole(a, roles: plugins.vocabularies())
        if options.json {
          try options.printJSON(a)
        } else {
          Console.out("已任命 \(person) 为 \(unit) 的\(role)")
        }
      }
    }
  }
}
