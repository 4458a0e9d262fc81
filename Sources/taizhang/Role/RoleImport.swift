import ArgumentParser
import Foundation
import Host

extension Taizhang {
  /// `taizhang role import`.
  struct RoleImport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Add role assignments from a CSV file; one bad row refuses the whole file.",
      discussion: """
        Columns: unit,role,person (ids). Each role must be known to the plugin serving the \
        unit's type; an unknown role refuses the file (exit 2, file:line). See \
        docs/administrators.md.
        """)

    @Argument(help: "The CSV file (UTF-8, with or without a byte order mark).") var file: String
    @OptionGroup var plugins: RolePluginOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let count = try options.ledger().importRoles(
          from: URL(fileURLWithPath: file), roles: plugins.vocabularies())
        if options.json {
          try options.printJSON(["imported": count])
        } else {
          Console.out("已导入 \(count) 条角色任命")
        }
      }
    }
  }
}
