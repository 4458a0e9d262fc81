import ArgumentParser
import Host

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

/// Where role commands find the plugins whose vocabularies they check roles against.
struct RolePluginOptions: ParsableArguments {
  @Option(name: .customLong("plugins"), help: "A site plugin folder, searched after the shipped one (repeatable).")
  var folders: [String] = []

  /// The role vocabularies of the plugins on the search path.
  func vocabularies() throws -> RoleVocabularies {
    RoleVocabularies(catalog: PluginCatalog.load(try PluginSearchPath.checked(extra: folders)))
  }
}
