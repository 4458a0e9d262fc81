import ArgumentParser

extension Taizhang {
  /// `taizhang role …`: who holds which role in which unit.
  struct RoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "role",
      abstract: "Assign roles in units to people; a role may be held by several people.",
      subcommands: [
        RoleAssign.self, RoleUnassign.self, RoleList.self, RoleImport.self, RoleExport.self,
      ])
  }
}
