import ArgumentParser
import Host
import Storage

extension Taizhang {
  /// `taizhang person show`.
  struct PersonShow: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show one person with the roles they hold.")

    @Argument(help: "The person's id.") var id: String
    @OptionGroup var options: StoreOptions

    /// What `--json` prints.
    struct Detail: Encodable {
      var person: Person
      var roles: [RoleAssignment]
    }

    func run() throws {
      try reportingErrors {
        let ledger = try options.ledger()
        let person = try ledger.person(id)
        let roles = try ledger.store.roleAssignments(unitID: nil, personID: id)
        if options.json {
          try options.printJSON(Detail(person: person, roles: roles))
          return
        }
        Console.out("编号：\(person.id)")
        Console.out("姓名：\(person.name)")
        let labels = ["email": "邮箱", "phone": "电话", "dingtalk": "钉钉", "wecom": "企业微信"]
        for channel in Person.channels {
          if let a = person.contacts[channel] { Console.out("\(labels[channel] ?? channel)：\(a)") }
        }
        if !roles.isEmpty {
          Console.out("")
          var table = TextTable(headers: ["单位", "单位名称", "角色"])
          for r in roles {
            table.append([r.unitID, (try ledger.store.unit(r.unitID))?.name ?? "", r.role])
          }
          options.printTable(table)
        }
      }
    }
  }
}
